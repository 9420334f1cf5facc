package scot.sds.portal.handoff;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of the export as it is in the repository, and what it says of an export or a page of them. Draft
 * 2020-12, with formats such as {@code date-time} asserted rather than only noted.
 */
final class ExportSchema {

    static final Path FILE = Path.of("src/main/resources/handoff/submission-export.schema.json");

    private static final String ID = "urn:sds-portal:case-management:submission-export:1";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, registry -> registry
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)
                            .resourceLoaders(loaders -> loaders.resources(Map.of(ID, text())))));

    /** One submission, as {@code GET /case-management/submissions/{reference}} gives it. */
    static final Schema EXPORT = REGISTRY.getSchema(SchemaLocation.of(ID));
    /** A page, as {@code GET /case-management/submissions} gives it. */
    static final Schema PAGE = REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/page"));

    private ExportSchema() {}

    /** The schema file's text, as the repository has it. */
    static String text() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema finds wrong with the JSON, each with where; none if it is valid. */
    static List<String> problems(Schema schema, JsonNode json) {
        return schema.validate(json).stream().map(Error::toString).toList();
    }
}
