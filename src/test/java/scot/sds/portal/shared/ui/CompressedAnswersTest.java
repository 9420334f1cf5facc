package scot.sds.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import scot.sds.portal.support.PlainHttp;
import scot.sds.portal.support.PortalTest;

/**
 * Pages and Vaadin's stylesheet travel compressed to a browser that accepts it, as they should on a slow phone
 * connection; a client that does not ask gets them as they are.
 */
@PortalTest
class CompressedAnswersTest {

    @LocalServerPort
    int port;

    @Test
    void vaadinsStylesheetAndPagesAreCompressedForABrowserThatAcceptsIt() {
        for (String path : new String[] {"/lumo/lumo.css", "/"}) {
            HttpResponse<String> response = PlainHttp.get("http://127.0.0.1:" + port + path,
                    "Accept-Encoding", "gzip, deflate, br");

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
        }
    }

    @Test
    void aClientThatDoesNotAskGetsThemUncompressed() {
        HttpResponse<String> response = PlainHttp.get("http://127.0.0.1:" + port + "/lumo/lumo.css");

        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).contains("--lumo-");
    }
}
