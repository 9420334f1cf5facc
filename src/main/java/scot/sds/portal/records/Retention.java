package scot.sds.portal.records;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import scot.sds.portal.shared.records.PersonalRecordKeeper;

/**
 * Applies the council's retention rules: deletes what has passed its time. Drafts never sent are the rule this
 * feature applies itself, across every keeper; every other record type is applied by the keeper that holds it.
 * Each person's drafts go in one transaction, so a failure leaves nobody half deleted.
 */
@Service
public class Retention {

    static final String DRAFTS_NEVER_SENT = "drafts-never-sent";

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final List<PersonalRecordKeeper> keepers;
    private final RetentionRules rules;
    private final TransactionTemplate transaction;

    Retention(List<PersonalRecordKeeper> keepers, RetentionRules rules, TransactionTemplate transaction) {
        this.keepers = keepers;
        this.rules = rules;
        this.transaction = transaction;
        for (RetentionRule rule : rules.rules()) {
            if (!DRAFTS_NEVER_SENT.equals(rule.recordType()) && keeperOf(rule.recordType()).isEmpty()) {
                throw new IllegalStateException("No part of the portal keeps " + rule.recordType());
            }
        }
    }

    /** Deletes everything past its retention at the given moment; how many records of each type went. */
    public Map<String, Integer> apply(Instant now) {
        Map<String, Integer> deleted = new LinkedHashMap<>();
        for (RetentionRule rule : rules.rules()) {
            Instant endedBefore = rule.endedBefore(now);
            int count = DRAFTS_NEVER_SENT.equals(rule.recordType()) ? eraseDraftsUnchangedSince(endedBefore)
                    : transaction.execute(status -> keeperOf(rule.recordType()).orElseThrow()
                            .expire(endedBefore));
            deleted.put(rule.recordType(), count);
        }
        LOG.info("Retention rules applied: {}", deleted);
        return deleted;
    }

    private int eraseDraftsUnchangedSince(Instant endedBefore) {
        Set<Long> people = new HashSet<>();
        keepers.forEach(keeper -> people.addAll(keeper.people()));
        int erased = 0;
        for (long personId : people) {
            Boolean gone = transaction.execute(status -> {
                if (sentOrChangedSince(personId, endedBefore)) {
                    return false;
                }
                keepers.forEach(keeper -> keeper.erase(personId));
                return true;
            });
            erased += Boolean.TRUE.equals(gone) ? 1 : 0;
        }
        return erased;
    }

    /** A person with nothing dated is kept: what cannot be dated cannot be known to be old. */
    private boolean sentOrChangedSince(long personId, Instant endedBefore) {
        if (keepers.stream().anyMatch(keeper -> keeper.sentToCouncil(personId))) {
            return true;
        }
        Optional<Instant> lastChange = keepers.stream().map(keeper -> keeper.lastChange(personId))
                .flatMap(Optional::stream).max(Instant::compareTo);
        return lastChange.map(last -> !last.isBefore(endedBefore)).orElse(true);
    }

    private Optional<PersonalRecordKeeper> keeperOf(String recordType) {
        return keepers.stream().filter(keeper -> keeper.recordType().filter(recordType::equals).isPresent())
                .findFirst();
    }
}
