package scot.sds.portal.handoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.assessment.Condition;
import scot.sds.portal.shared.CouncilFiles;

/**
 * The flags staff see first in their queue, such as "no support at all now" or a worry about safety: each raised
 * by answers, as the council's data file {@code handoff/flags.json} says. Each flag's name is the message
 * {@code handoff.flag.<id>}.
 */
@Component
class CaseFlags {

    private final List<Flag> flags;

    record Flag(String id, Condition when) {}

    record FlagsFile(List<Flag> flags) {}

    CaseFlags(@Value("${portal.case-flags}") Resource file) {
        this.flags = List.copyOf(CouncilFiles.read(file, FlagsFile.class).flags());
    }

    /**
     * The flags what was sent raises, in the file's order. The person's words and a helper's view both count: a
     * worry either of them raises is for staff to see.
     */
    List<String> raisedBy(HandOffPack pack) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (HandOffPack.Answer answer : pack.answers()) {
            List<String> values = new ArrayList<>();
            for (HandOffPack.Said said : new HandOffPack.Said[] {answer.ownWords(), answer.helperView()}) {
                if (said != null) {
                    values.addAll(said.values());
                }
            }
            answers.put(answer.question(), values);
        }
        return flags.stream().filter(flag -> flag.when().holds(answers)).map(Flag::id).toList();
    }

    /** Every flag the council has set, for staff to filter by. */
    List<String> ids() {
        return flags.stream().map(Flag::id).toList();
    }
}
