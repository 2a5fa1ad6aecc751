package heapwhy.report;

import heapwhy.cli.MiniJson;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\r\\u0001\\u001f\"", JsonWriter.quote("a\"b\\c\nd\te\r\u0001\u001f"));
    }

    @Test
    void writesNonAsciiAsUnicodeEscapes() {
        assertEquals("\"caf\\u00e9 \\u2028 \\ud83d\\ude00\"", JsonWriter.quote("café \u2028 \uD83D\uDE00"));
    }

    @Test
    void nestedOutputParsesBackToTheSameValues() {
        String nasty = "Weird\"Name\\with\nnewline,\u0000nul and é";
        String text = new JsonWriter().beginObject()
                .name("s").value(nasty)
                .name("n").value(-42)
                .name("nothing").nullValue()
                .name("yes").value(true)
                .name("empty").beginArray().endArray()
                .name("inline").beginInlineArray().value(1).value(2).endArray()
                .name("list").beginArray().beginObject().name(nasty).value(nasty).endObject().endArray()
                .endObject().finish();
        Object parsed = MiniJson.parse(text);
        assertEquals(Map.of("s", nasty, "n", -42L, "yes", true, "empty", List.of(), "inline", List.of(1L, 2L),
                "list", List.of(Map.of(nasty, nasty))), withoutNulls(parsed));
        assertTrue(((Map<?, ?>) parsed).containsKey("nothing"));
        assertTrue(text.contains("\"inline\": [1, 2]"), text);
        text.chars().forEach(c -> assertTrue(c == '\n' || c >= 0x20 && c < 0x7f, "plain ASCII"));
    }

    @Test
    void refusesMalformedDocuments() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().value(1));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().name("x"));
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().finish());
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginArray().endObject());
    }

    private static Object withoutNulls(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new java.util.HashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, withoutNulls(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonWriterTest::withoutNulls).toList();
        }
        return value;
    }
}
