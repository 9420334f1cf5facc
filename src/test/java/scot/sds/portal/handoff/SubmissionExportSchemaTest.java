package scot.sds.portal.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.LegalBasis;
import scot.sds.portal.access.RelationshipStatus;
import scot.sds.portal.access.Scope;
import scot.sds.portal.assessment.AnswerKind;
import scot.sds.portal.budget.SupportOption;
import scot.sds.portal.options.Preference;
import scot.sds.portal.outcomes.NationalOutcome;
import scot.sds.portal.outcomes.Priority;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.Source;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export's JSON Schema says what the portal writes: a field for each field of the records it writes, every one
 * explained in words, and each closed set of codes exactly the portal's own, so a change to either cannot pass
 * unnoticed by the council's system.
 */
class SubmissionExportSchemaTest {

    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(ExportSchema.text());

    @Test
    void every_property_and_definition_says_what_it_means() {
        List<String> unexplained = new ArrayList<>();
        collectUnexplained(SCHEMA, "", unexplained);

        assertThat(unexplained).isEmpty();
        assertThat(SCHEMA.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void each_object_has_the_fields_of_the_record_it_describes_all_required_and_no_others() {
        Map<String, Class<? extends Record>> described = Map.ofEntries(
                Map.entry("", SubmissionExport.class),
                Map.entry("/$defs/page", ExportPage.class),
                Map.entry("/$defs/pack", HandOffPack.class),
                Map.entry("/$defs/pack/properties/person", HandOffPack.Person.class),
                Map.entry("/$defs/pack/properties/sentBy", HandOffPack.Sender.class),
                Map.entry("/$defs/answer", HandOffPack.Answer.class),
                Map.entry("/$defs/said", HandOffPack.Said.class),
                Map.entry("/$defs/outcome", HandOffPack.Outcome.class),
                Map.entry("/$defs/preference", HandOffPack.Preference.class),
                Map.entry("/$defs/budget", HandOffPack.Budget.class),
                Map.entry("/$defs/range", HandOffPack.Range.class),
                Map.entry("/$defs/service", HandOffPack.Service.class),
                Map.entry("/$defs/helper", HandOffPack.Helper.class));
        described.forEach((pointer, type) -> {
            JsonNode object = SCHEMA.at(pointer);
            List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();

            assertThat(object.path("properties").propertyNames()).as(pointer).containsExactlyElementsOf(fields);
            assertThat(texts(object.path("required"))).as(pointer).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(object.path("additionalProperties").asBoolean(true)).as(pointer).isFalse();
        });
        assertThat(SCHEMA.at("/properties/exportFormat/const").asInt()).isEqualTo(SubmissionExport.FORMAT);
        assertThat(SCHEMA.at("/$defs/pack/properties/format/const").asInt()).isEqualTo(HandOffPack.FORMAT);
    }

    @Test
    void each_closed_set_of_codes_is_the_portals_own() {
        assertCodes("/$defs/actedAs/enum", Stream.concat(Stream.of("PERSON"), names(HelperRole.values()).stream())
                .toList());
        assertCodes("/$defs/said/properties/kind/enum", names(AnswerKind.values()));
        assertCodes("/$defs/outcome/properties/priority/enum", withNull(names(Priority.values())));
        assertCodes("/$defs/outcome/properties/nationalOutcomes/items/enum", names(NationalOutcome.values()));
        assertCodes("/$defs/preference/properties/option/enum", names(Preference.values()));
        assertCodes("/$defs/preference/properties/mix/oneOf/0/required",
                names(SupportOption.partsOfMix().toArray(SupportOption[]::new)));
        assertCodes("/$defs/budget/properties/ranges/propertyNames/enum", names(SupportOption.values()));
        assertCodes("/$defs/service/properties/source/enum", names(Source.values()));
        assertCodes("/$defs/service/properties/kind/enum", names(ServiceKind.values()));
        assertCodes("/$defs/helper/properties/role/enum", names(HelperRole.values()));
        assertCodes("/$defs/helper/properties/legalBasis/enum", withNull(names(LegalBasis.values())));
        assertCodes("/$defs/helper/properties/scopes/items/enum", names(Scope.values()));
        assertCodes("/$defs/helper/properties/status/enum", names(RelationshipStatus.values()));
    }

    /** Every property of every object, and every definition, with a description of its own. */
    private static void collectUnexplained(JsonNode schema, String pointer, List<String> unexplained) {
        if (schema.isArray()) {
            for (int index = 0; index < schema.size(); index++) {
                collectUnexplained(schema.get(index), pointer + "/" + index, unexplained);
            }
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (String group : List.of("properties", "$defs")) {
            for (String name : schema.path(group).propertyNames()) {
                if (schema.path(group).path(name).path("description").asString("").isBlank()) {
                    unexplained.add(pointer + "/" + group + "/" + name);
                }
            }
        }
        for (String name : schema.propertyNames()) {
            collectUnexplained(schema.get(name), pointer + "/" + name, unexplained);
        }
    }

    private static void assertCodes(String pointer, List<String> codes) {
        JsonNode listed = SCHEMA.at(pointer);
        assertThat(listed.isArray()).as(pointer).isTrue();
        List<String> inSchema = new ArrayList<>();
        listed.forEach(code -> inSchema.add(code.isNull() ? null : code.asString()));
        assertThat(inSchema).as(pointer).containsExactlyInAnyOrderElementsOf(codes);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withNull(List<String> codes) {
        List<String> withNull = new ArrayList<>(codes);
        withNull.add(null);
        return withNull;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asString()));
        return texts;
    }
}
