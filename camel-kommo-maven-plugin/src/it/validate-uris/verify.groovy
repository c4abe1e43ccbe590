def log = new File(basedir, 'build.log').text
assert log.contains("src/main/java/com/example/crm/Routes.java:11: kommo:leads?operaton=create: unknown option "
        + "'operaton' (did you mean 'operation'?); the options are ")
assert log.contains("src/main/resources/routes/pipelines.camel.yaml:12: kommo:pipelines: operation 'create' is not "
        + "available for pipelines; use one of list, get")
assert log.contains('Checked 7 kommo: URIs, 2 problem(s)')
return true
