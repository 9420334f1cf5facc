package scot.sds.portal.learn.ui;

import java.util.Map;
import scot.sds.portal.shared.CouncilDetails;

/** The council's details as the named arguments the learn texts use: {@code {council}}, {@code {phone}}, {@code {email}}. */
final class CouncilArguments {

    private CouncilArguments() {}

    static Map<String, Object> of(CouncilDetails council) {
        return Map.of("council", council.name(), "phone", council.phone(), "email", council.email());
    }
}
