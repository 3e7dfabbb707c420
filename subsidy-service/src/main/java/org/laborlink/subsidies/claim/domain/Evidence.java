package org.laborlink.subsidies.claim.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A document a claim carries: its kind (as the programme names it: travel-ticket, labour-contract...) and reference. */
public record Evidence(@NotBlank @Size(max = 64) String kind, @NotBlank @Size(max = 200) String reference) {

    /** The documents a claim carries, as stored (a JSON object: Hibernate Reactive binds JSON objects, not arrays). */
    public record Documents(List<Evidence> items) {

        public Documents {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
