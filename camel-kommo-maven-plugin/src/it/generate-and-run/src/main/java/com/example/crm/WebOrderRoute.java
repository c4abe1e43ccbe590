package com.example.crm;

import java.util.List;

import com.example.crm.kommo.LeadFields;
import com.example.crm.kommo.Pipelines;
import io.github.camelkommo.model.Lead;
import org.apache.camel.builder.RouteBuilder;

/** A web order becomes a qualified lead from the website: every field by its generated handle. */
public class WebOrderRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:web-order")
                .process(exchange -> {
                    Lead lead = new Lead();
                    lead.setName(exchange.getMessage().getBody(String.class));
                    lead.setPipelineId(Pipelines.SALES.id());
                    lead.setStatusId(Pipelines.SALES.QUALIFIED.id());
                    lead.field(LeadFields.SOURCE, LeadFields.SOURCE.WEBSITE)
                            .field(LeadFields.PRODUCTS, List.of(LeadFields.PRODUCTS.SOFTWARE))
                            .field(LeadFields.DISCOUNT, 10);
                    exchange.getMessage().setBody(lead);
                })
                .to("kommo:leads?operation=create");
    }
}
