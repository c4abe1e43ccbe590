package com.example.crm;

import com.example.crm.kommo.LeadFields;
import io.github.camelkommo.model.Lead;

/** Gives a lead a discount, by the handle generated from the committed snapshot. */
public final class Discounts {

    private Discounts() {
    }

    public static Lead withDiscount(Lead lead, int percent) {
        lead.field(LeadFields.REBATE, percent);
        return lead;
    }
}
