package dev.ec2lite.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ec2lite.cli.output.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The AWS CLI's {@code NextToken} for {@code --max-items}/{@code --starting-token}: Base64 of the
 * JSON {@code {"NextToken": <EC2's token or null>, "boto_truncate_amount": <items already shown of
 * that page>}} (the second key only when a page was cut), so tokens pass between the two tools.
 *
 * @param serviceToken EC2's token of the page to ask for; empty for the first page
 * @param skip how many items of that page were already shown
 */
record PaginationToken(Optional<String> serviceToken, int skip) {
    String encode() {
        StringBuilder json = new StringBuilder("{\"NextToken\": ");
        if (serviceToken.isPresent()) {
            JsonText.string(serviceToken.get(), json);
        } else {
            json.append("null");
        }
        if (skip > 0) {
            json.append(", \"boto_truncate_amount\": ").append(skip);
        }
        json.append('}');
        return Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for a token neither tool made */
    static PaginationToken decode(String token) {
        String json;
        try {
            json = new String(Base64.getDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Bad value for --starting-token: not a token from --max-items");
        }
        Optional<String> serviceToken = Optional.empty();
        int skip = 0;
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("Bad value for --starting-token: not a token from --max-items");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("NextToken") && value == JsonToken.VALUE_STRING) {
                    serviceToken = Optional.of(parser.getText());
                } else if (field.equals("boto_truncate_amount") && value == JsonToken.VALUE_NUMBER_INT) {
                    skip = parser.getIntValue();
                } else if (!(field.equals("NextToken") && value == JsonToken.VALUE_NULL)) {
                    throw new IllegalArgumentException("Bad value for --starting-token: unknown field " + field);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Bad value for --starting-token: not a token from --max-items");
        }
        if (skip < 0) {
            throw new IllegalArgumentException("Bad value for --starting-token: negative item count");
        }
        return new PaginationToken(serviceToken, skip);
    }
}
