package com.example.crm;

/** Not compiled: the validate goal reads the source text before compilation. */
public class Routes {

    String[] uris() {
        String operation = "get";
        return new String[] {
            "kommo:leads?operation=create&batchSize=50",           // valid
            "kommo:leads?operation=" + operation,                  // resolved at run time: not checked
            "kommo:leads?operaton=create",                         // line 11: misspelt option
            "kommo:contacts?operation=list&filter.id=7&allPages=true" // valid, a prefixed option
        };
    }
}
