package scot.sds.portal.handoff.api;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import scot.sds.portal.handoff.SubmissionExportService;
import scot.sds.portal.shared.Paths;
import scot.sds.portal.shared.api.NotFound;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What people sent, for the council's case-management system: pages of submissions in the order they were sent,
 * one submission by its reference, and the JSON Schema both follow. Read-only; the security chain lets in only that
 * system, and the service checks again.
 */
@RestController
@RequestMapping("/" + Paths.CASE_MANAGEMENT_API)
class CaseManagementController {

    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    /** Fields in the order the records declare them, as the schema lists them. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final SubmissionExportService exports;
    private final Resource schema;

    CaseManagementController(SubmissionExportService exports,
            @Value("classpath:handoff/submission-export.schema.json") Resource schema) {
        this.exports = exports;
        this.schema = schema;
    }

    @GetMapping("/submissions")
    ResponseEntity<byte[]> submissions(@RequestParam MultiValueMap<String, String> parameters) {
        ExportListRequest request = ExportListRequest.read(parameters);
        return json(exports.sentAfter(request.from(), request.limit()));
    }

    @GetMapping("/submissions/{reference}")
    ResponseEntity<byte[]> submission(@PathVariable String reference) {
        return json(exports.export(reference).orElseThrow(() -> new NotFound("No submission has that reference")));
    }

    @GetMapping("/schema")
    ResponseEntity<byte[]> schema() throws IOException {
        return ResponseEntity.ok().contentType(JSON_SCHEMA).body(schema.getContentAsByteArray());
    }

    /** Anything else under the API's address is not found, said in JSON like every other answer of the API. */
    @GetMapping("/**")
    ResponseEntity<byte[]> elsewhere() {
        throw new NotFound("The API offers /submissions, /submissions/{reference} and /schema");
    }

    private static ResponseEntity<byte[]> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsBytes(body));
    }
}
