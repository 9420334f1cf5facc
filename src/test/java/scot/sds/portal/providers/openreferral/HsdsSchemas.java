package scot.sds.portal.providers.openreferral;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The published HSDS 3.0 API definition and schemas, copied into the test resources (see the README beside them),
 * and what they say of the API's answers. Draft 2020-12, as the OpenAPI document declares, with formats asserted.
 */
final class HsdsSchemas {

    private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/";
    private static final String COPY = "classpath:openreferral/hsds-3.0/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, registry -> registry
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .schemaIdResolvers(ids -> ids.mapPrefix(PUBLISHED, COPY))));

    /** The answers of {@code GET /}, {@code GET /services} and {@code GET /services/{id}}, as the API defines. */
    static final Schema ROOT = response("/");
    static final Schema SERVICE_LIST = response("/services");
    static final Schema SERVICE = response("/services/{id}");

    private HsdsSchemas() {}

    /** What the schema finds wrong with the JSON, each with where; none if it is valid. */
    static List<String> problems(Schema schema, JsonNode json) {
        return schema.validate(json).stream().map(Error::toString).toList();
    }

    private static Schema response(String path) {
        String pointer = "/paths/" + path.replace("/", "~1").replace("{", "%7B").replace("}", "%7D")
                + "/get/responses/200/content/application~1json/schema";
        return REGISTRY.getSchema(SchemaLocation.of(PUBLISHED + "schema/openapi.json#" + pointer));
    }
}
