package io.github.camelkommo.springboot;

import java.util.List;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Routes of the test application: they name no account, the properties configure the component. */
@Component
class LeadRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:create-lead").to("kommo:leads?operation=create");
        from("direct:all-leads").to("kommo:leads?operation=list&allPages=true").convertBodyTo(List.class);
    }
}
