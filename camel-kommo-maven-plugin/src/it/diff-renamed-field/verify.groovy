def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/com/example/crm/Discounts.class').isFile() : 'the code did not compile'
assert log.contains('leads field "Rebate" (id 900010) was renamed to "Discount": LeadFields.REBATE, used at '
        + 'src/main/java/com/example/crm/Discounts.java:13')
assert log.contains('loss reason "Out of stock" (id 4200099) was removed: LossReasons.OUT_OF_STOCK, not used')
assert log.contains('The live Kommo account differs from src/main/kommo/kommo-schema.json in 1 item(s) the code uses')
return true
