package scot.sds.portal.outcomes;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import scot.sds.portal.shared.CouncilFiles;

/**
 * The personal outcomes a person chooses from, from the council's outcomes file ({@code portal.outcomes}): the
 * Talking Points set for people who use support and the carers' own set, each tagged to national outcomes.
 */
@Component
public class TalkingPoints {

    /** The file's shape: a list of outcomes. */
    record File(List<TalkingPoint> outcomes) {}

    private final List<TalkingPoint> all;

    TalkingPoints(@Value("${portal.outcomes}") Resource file) {
        this.all = List.copyOf(CouncilFiles.read(file, File.class).outcomes());
        all.stream().filter(point -> point.national().isEmpty() || point.group() == null).findFirst()
                .ifPresent(point -> {
                    throw new IllegalStateException("Outcome " + point.id() + " needs a group and a national outcome");
                });
    }

    public List<TalkingPoint> all() {
        return all;
    }

    public List<TalkingPoint> inGroup(OutcomeGroup group) {
        return all.stream().filter(point -> point.group() == group).toList();
    }

    public Optional<TalkingPoint> byId(String id) {
        return all.stream().filter(point -> point.id().equals(id)).findFirst();
    }
}
