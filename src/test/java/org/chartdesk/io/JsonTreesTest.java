package org.chartdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** The trees read without an ObjectMapper are the ones ObjectMapper.readTree makes, node class and all. */
class JsonTreesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonNode json(String text) throws Exception {
    return JsonTrees.read(new JsonFactory().createParser(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode yaml(String text) throws Exception {
    return JsonTrees.read(new YAMLFactory().createParser(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Equal as trees, and each node of the same class (an IntNode is not a LongNode of the same value). */
  private static void assertSame(JsonNode ours, JsonNode theirs, String text) {
    assertThat(ours).as(text).isEqualTo(theirs);
    assertThat(ours.getClass()).as(text).isEqualTo(theirs.getClass());
    if (theirs.isContainerNode()) {
      assertThat(ours.size()).isEqualTo(theirs.size());
      if (theirs.isObject()) {
        theirs.fieldNames().forEachRemaining(n -> assertSame(ours.get(n), theirs.get(n), text));
      } else {
        for (int i = 0; i < theirs.size(); i++) {
          assertSame(ours.get(i), theirs.get(i), text);
        }
      }
    }
  }

  @Test
  void edgeCasesReadAsTheMapperReadsThem() throws Exception {
    for (String text : List.of("", "  ", "null", "0", "-2147483648", "2147483648", "9223372036854775808",
        "1.5", "-0.0", "1e400", "\"text\"", "[]", "{}", "[1, [2, [3, {}]]]", "{\"a\": 1, \"a\": \"two\"}",
        "{\"a\": {\"b\": [true, false, null]}} trailing", "\"\\u00e9\\ud83d\\ude00\"")) {
      compare(() -> json(text), () -> JSON.readTree(text), text);
    }
    for (String text : List.of("", "title: Cases fell\nwidth: 640\nratio: 0.5\n", "a: [1, two, 3.0]\nb: {c: null}\n",
        "big: 12345678901234567890\nlong: 4294967296\nneg: -7\n", "yes: yes\nno: ~\nempty:\n", "- 1\n- - 2\n  - 3\n",
        "a: 1\na: 2\n", "x: 0x1F\ny: 1_000\nz: .inf\n", "t: \"quoted: text\"\nu: 'single'\n")) {
      compare(() -> yaml(text), () -> YAML.readTree(text), text);
    }
  }

  /** The same tree, or the same refusal: a number YAML's parser cannot read (".inf") fails either way. */
  private static void compare(Callable<JsonNode> ours, Callable<JsonNode> theirs, String text) throws Exception {
    JsonNode expected;
    try {
      expected = theirs.call();
    } catch (JsonProcessingException e) {
      assertThatThrownBy(ours::call).as(text).isInstanceOf(e.getClass())
          .satisfies(t -> assertThat(((JsonProcessingException) t).getOriginalMessage())
              .isEqualTo(e.getOriginalMessage()))
          .satisfies(t -> assertThat(((JsonProcessingException) t).getLocation().getLineNr())
              .isEqualTo(e.getLocation().getLineNr()));
      return;
    }
    assertSame(ours.call(), expected, text);
  }

  @Test
  void randomDocumentsReadAsTheMapperReadsThem() throws Exception {
    Random random = new Random(20261126);
    for (int i = 0; i < 2_000; i++) {
      String text = value(random, 0);
      assertSame(json(text), JSON.readTree(text), text);
    }
  }

  @Test
  void aStrictParserStillRefusesARepeatedKey() {
    YAMLFactory strict = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    assertThatThrownBy(() -> JsonTrees.read(strict.createParser("a: 1\na: 2\n")))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'a'");
  }

  private static String value(Random r, int depth) {
    int kind = r.nextInt(depth > 3 ? 6 : 8);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> Boolean.toString(r.nextBoolean());
      case 2 -> Integer.toString(r.nextInt());
      case 3 -> r.nextBoolean() ? Long.toString(r.nextLong()) : Long.toUnsignedString(r.nextLong()) + r.nextInt(10);
      case 4 -> Double.toString(r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20));
      case 5 -> "\"" + "abc \\\"\\n\u00e9".substring(r.nextInt(5)) + "\"";
      case 6 -> {
        StringBuilder sb = new StringBuilder("[");
        for (int i = r.nextInt(4); i > 0; i--) {
          sb.append(value(r, depth + 1)).append(i > 1 ? "," : "");
        }
        yield sb.append(']').toString();
      }
      default -> {
        StringBuilder sb = new StringBuilder("{");
        for (int i = r.nextInt(4); i > 0; i--) {
          sb.append("\"k").append(r.nextInt(3)).append("\":").append(value(r, depth + 1)).append(i > 1 ? "," : "");
        }
        yield sb.append('}').toString();
      }
    };
  }
}
