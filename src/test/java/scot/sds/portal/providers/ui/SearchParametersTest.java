package scot.sds.portal.providers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.sds.portal.providers.ClientGroup;
import scot.sds.portal.providers.ServiceKind;
import scot.sds.portal.providers.ServiceQuery;

/** A search written as an address reads back as the same search; values that cannot be read are left out. */
class SearchParametersTest {

    @Test
    void a_search_survives_its_address() {
        ServiceQuery query = new ServiceQuery("Renfrewshire", "PA1", Set.of(ServiceKind.CARE_HOME,
                ServiceKind.ADVOCACY), Set.of(ClientGroup.DEMENTIA), 5, true, true, "pl", true, true, "birch", 2);

        QueryParameters address = SearchParameters.write(query);

        assertThat(address.getQueryString()).contains("kind=advocacy", "kind=care-home", "page=3", "speaks=pl");
        assertThat(SearchParameters.read(address)).isEqualTo(query);
        ServiceQuery any = new ServiceQuery(null, null, Set.of(), Set.of(), null, false, false, null, false, false,
                null, 0);
        assertThat(SearchParameters.read(SearchParameters.write(any))).isEqualTo(any);
    }

    @Test
    void values_that_cannot_be_read_are_left_out() {
        ServiceQuery read = SearchParameters.read(QueryParameters.fromString(
                "kind=castle&group=dragons&grade=9&page=-4&pays=gold&q=%20%20"));

        assertThat(read).isEqualTo(ServiceQuery.everything());
        assertThat(SearchParameters.read(QueryParameters.fromString("grade=2")).minimumGrade())
                .isEqualTo(ServiceQuery.GOOD);
    }
}
