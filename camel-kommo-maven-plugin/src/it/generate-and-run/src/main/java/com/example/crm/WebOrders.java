package com.example.crm;

import java.math.BigDecimal;
import java.util.List;

import com.example.crm.kommo.LeadFields;
import com.example.crm.kommo.Pipelines;
import io.github.camelkommo.KommoComponent;
import io.github.camelkommo.model.Lead;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** Runs the route against the account given as base URL and token, and checks what Kommo stored. */
public final class WebOrders {

    public static void main(String[] args) throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            KommoComponent kommo = new KommoComponent();
            kommo.getConfiguration().setBaseUrl(args[0]);
            kommo.getConfiguration().setAccessToken(args[1]);
            context.addComponent("kommo", kommo);
            context.addRoutes(new WebOrderRoute());
            context.start();
            Lead created = context.createProducerTemplate().requestBody("direct:web-order", "Web order 4711", Lead.class);
            Lead stored = context.createProducerTemplate().requestBodyAndHeader("kommo:leads?operation=get", null,
                    "CamelKommoEntityId", created.getId(), Lead.class);
            check("Source", stored.field(LeadFields.SOURCE), LeadFields.SOURCE.WEBSITE.label());
            check("Products", stored.field(LeadFields.PRODUCTS), List.of(LeadFields.PRODUCTS.SOFTWARE.label()));
            check("Discount", new BigDecimal(String.valueOf(stored.field(LeadFields.DISCOUNT))).intValue(), 10);
            check("stage", stored.getStatusId(), Pipelines.SALES.QUALIFIED.id());
            System.out.println("Created lead " + created.getId() + " in " + Pipelines.SALES.QUALIFIED + " with "
                               + LeadFields.SOURCE.fieldName() + " = " + stored.field(LeadFields.SOURCE));
        }
    }

    private static void check(String what, Object actual, Object expected) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            throw new IllegalStateException(what + " is " + actual + ", expected " + expected);
        }
    }
}
