package scot.sds.portal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;
import static scot.sds.portal.support.People.signOut;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's copy holds what every part of the portal keeps about them; only the person and council staff may
 * have it, and each copy made is in the person's audit trail.
 */
@PortalTest
class RecordsServiceTest {

    @Autowired
    RecordsService records;

    @Autowired
    ApplicationContext portal;

    @Autowired
    JdbcClient jdbc;

    private People people;
    private PersonWithEverything.Made made;

    @BeforeEach
    void aPersonWithSomethingEverywhere() {
        people = new People(portal.getBean(AccountService.class), portal.getBean(RelationshipService.class));
        made = new PersonWithEverything(portal).make("Isla");
    }

    @AfterEach
    void nobodySignedIn() {
        signOut();
    }

    @Test
    void the_copy_holds_every_part_with_the_persons_own_words() {
        // People here sign in through the council's identity service, as with Keycloak.
        PersonalRecords copy = records.copyOf(made.person().id());

        assertThat(copy.parts().keySet()).containsExactlyElementsOf(RecordsService.PARTS);
        assertThat(copy.parts().get("account")).singleElement().satisfies(account -> assertThat(account)
                .containsEntry("name", "Isla").containsEntry("email", made.person().email())
                .containsEntry("signsInElsewhere", true));
        // Each answer is kept as the list of values given, as the assessment stores it.
        assertThat(values(copy, "answers", "answer")).map(Object::toString).contains("[\"" + made.words() + "\"]");
        assertThat(values(copy, "outcomes", "ownWords")).containsExactly(made.words() + " outcome");
        assertThat(values(copy, "option-preference", "reasons")).containsExactly(made.words() + " reasons");
        assertThat(values(copy, "shortlist", "details")).containsExactly(made.words() + " report");
        assertThat(copy.parts().get("shortlist")).hasSize(2);
        assertThat(values(copy, "helpers", "helper")).containsExactly("Isla’s carer");
        assertThat(copy.parts().get("case")).isEmpty();
    }

    @Test
    void the_file_for_a_computer_is_json_with_the_format_and_every_part() {
        JsonNode file = JsonMapper.shared().readTree(records.json(records.copyOf(made.person().id())));

        assertThat(file.get("format").asString()).isEqualTo(PersonalRecords.FORMAT);
        assertThat(file.get("personId").asLong()).isEqualTo(made.person().id());
        assertThat(file.get("parts").get("outcomes").get(0).get("ownWords").asString())
                .isEqualTo(made.words() + " outcome");
        // The budget shown is kept as structured data, not as text holding JSON.
        assertThat(file.get("parts").get("option-preference").get(0).get("budgetShown").isObject()).isTrue();
        assertThat(file.get("parts").get("answers").get(0).get("givenAt").asString()).matches("\\d{4}-.*Z");
    }

    @Test
    void staff_may_make_the_copy_for_the_person_and_both_copies_are_in_the_audit_trail() {
        AccountSummary staff = people.account("Morag", Role.STAFF);
        records.copyOf(made.person().id());
        signIn(staff);

        assertThat(values(records.copyOf(made.person().id()), "account", "name")).containsExactly("Isla");
        assertThat(jdbc.sql("""
                SELECT actor_id FROM audit_entry WHERE person_id = ? AND action = 'DOWNLOAD_RECORDS' AND allowed
                ORDER BY id""").param(made.person().id()).query(Long.class).list())
                .containsExactly(made.person().id(), staff.id());
    }

    @Test
    void a_helper_a_stranger_and_nobody_signed_in_are_refused_and_the_refusals_are_kept() {
        AccountSummary fullHelper = people.account("Cousin", Role.CARER);
        people.helps(fullHelper, made.person(), consent(HelperRole.FAMILY, Scope.values()));
        AccountSummary stranger = people.account("Stranger", Role.PERSON);
        long person = made.person().id();

        for (AccountSummary asking : List.of(made.carer(), fullHelper, stranger)) {
            signIn(asking);
            assertThatThrownBy(() -> records.copyOf(person)).isInstanceOf(NotPermittedException.class);
        }
        signOut();
        assertThatThrownBy(() -> records.copyOf(person)).isInstanceOf(NotPermittedException.class);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM audit_entry WHERE person_id = ? AND action = 'DOWNLOAD_RECORDS' AND NOT allowed""")
                .param(person).query(Long.class).single()).isEqualTo(3);
    }

    private static List<Object> values(PersonalRecords copy, String part, String field) {
        return copy.parts().get(part).stream().map(record -> record.get(field))
                .filter(value -> value != null).map(Object.class::cast).toList();
    }
}
