package scot.sds.portal.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static scot.sds.portal.support.People.consent;
import static scot.sds.portal.support.People.signIn;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.sds.portal.access.HelperRole;
import scot.sds.portal.access.NotPermittedException;
import scot.sds.portal.access.RelationshipService;
import scot.sds.portal.access.Scope;
import scot.sds.portal.account.AccountService;
import scot.sds.portal.account.AccountSummary;
import scot.sds.portal.account.Role;
import scot.sds.portal.support.People;
import scot.sds.portal.support.PortalTest;

/**
 * A shortlist keeps services in the order added, once each, up to its limit; a helper may add with the person's
 * consent to answer, only look with consent to view, and a stranger can do neither.
 */
@PortalTest
class ShortlistServiceTest {

    @Autowired
    ShortlistService shortlist;

    @Autowired
    SampleDirectory sample;

    @Autowired
    SupportServiceRepository services;

    @Autowired
    AccountService accounts;

    @Autowired
    RelationshipService relationships;

    @BeforeEach
    void theSampleDirectory() {
        sample.loadIfEmpty();
    }

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void services_are_kept_in_order_once_each_and_only_with_consent() {
        People people = new People(accounts, relationships);
        AccountSummary ann = people.account("Ann", Role.PERSON);
        AccountSummary carl = people.account("Carl", Role.PERSON);
        AccountSummary viewer = people.account("Vera", Role.PERSON);
        people.helps(carl, ann, consent(HelperRole.CARER, Scope.ANSWER));
        people.helps(viewer, ann, consent(HelperRole.FAMILY, Scope.VIEW));
        List<Long> ids = services.findAll().stream().map(SupportService::id).limit(ShortlistService.MOST + 1)
                .toList();

        signIn(ann);
        shortlist.add(ann.id(), ids.get(1));
        shortlist.add(ann.id(), ids.get(0));
        shortlist.add(ann.id(), ids.get(1));
        assertThat(shortlist.shortlist(ann.id())).extracting(ServiceSummary::id).containsExactly(ids.get(1),
                ids.get(0));
        assertThatThrownBy(() -> shortlist.add(ann.id(), -1)).isInstanceOf(IllegalArgumentException.class);

        signIn(carl);
        shortlist.add(ann.id(), ids.get(2));
        shortlist.remove(ann.id(), ids.get(1));
        assertThat(shortlist.shortlist(ann.id())).extracting(ServiceSummary::id).containsExactly(ids.get(0),
                ids.get(2));

        signIn(viewer);
        assertThat(shortlist.shortlist(ann.id())).hasSize(2);
        assertThatThrownBy(() -> shortlist.add(ann.id(), ids.get(3))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> shortlist.remove(ann.id(), ids.get(0))).isInstanceOf(NotPermittedException.class);

        signIn(people.account("Stranger", Role.PERSON));
        assertThatThrownBy(() -> shortlist.shortlist(ann.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> shortlist.add(ann.id(), ids.get(3))).isInstanceOf(NotPermittedException.class);

        signIn(ann);
        for (int index = 3; index < ShortlistService.MOST + 1; index++) {
            shortlist.add(ann.id(), ids.get(index));
        }
        assertThat(shortlist.shortlist(ann.id())).hasSize(ShortlistService.MOST);
        assertThatThrownBy(() -> shortlist.add(ann.id(), ids.get(1))).isInstanceOf(IllegalStateException.class);
    }
}
