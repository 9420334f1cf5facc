package scot.sds.portal.records;

import java.util.List;

/** The council's retention rules, one a record type. */
record RetentionRules(List<RetentionRule> rules) {

    RetentionRules {
        rules = List.copyOf(rules);
        if (rules.stream().map(RetentionRule::recordType).distinct().count() != rules.size()) {
            throw new IllegalArgumentException("Each record type has one retention rule");
        }
    }
}
