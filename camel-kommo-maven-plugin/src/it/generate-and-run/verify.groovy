def log = new File(basedir, 'build.log').text
def handles = new File(basedir, 'target/generated-sources/kommo/com/example/crm/kommo/LeadFields.java')
assert handles.isFile() : 'LeadFields.java was not generated'
assert handles.text.contains('public static final SourceField SOURCE')
assert log.contains('Kommo sandbox listening on http://127.0.0.1:')
assert log.contains('Created lead ') && log.contains('with Source = Website') : 'the route did not run'
assert !log.contains('sandbox-token') : 'the token was printed'
return true
