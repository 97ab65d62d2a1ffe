package app.eggbasket.ingestion.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A {@link ColumnMapping} as JSON: what the store saves and what {@code eggbasket ingest --mapping FILE} reads. */
public final class MappingJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingJson() {
    }

    public static byte[] write(ColumnMapping mapping) {
        try {
            return JSON.writeValueAsString(mapping).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws IllegalArgumentException when the JSON is not a valid mapping, saying why
     */
    public static ColumnMapping read(byte[] json) {
        try {
            return JSON.readValue(json, ColumnMapping.class);
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException("not a valid column mapping: " + cause.getMessage(), e);
        }
    }
}
