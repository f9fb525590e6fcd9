package org.chartdesk.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON and YAML read into Jackson's trees from the streaming parser, node for node as {@code
 * ObjectMapper.readTree} makes them (ints, longs and big integers by size, other numbers as
 * doubles, a repeated key's last value), but without an ObjectMapper: its start-up sets up date
 * formats, calendars and time zones a build of charts does not use, 14 ms of a one-chart build
 * before anything else could run (docs/performance.md).
 */
public final class JsonTrees {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTrees() {}

  /**
   * The first value {@code parser} reads, closing it; a missing node when there is none. What
   * follows the value is not read, as ObjectMapper leaves it by default.
   */
  public static JsonNode read(JsonParser parser) throws IOException {
    try (parser) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          object.set(name, value(p, p.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          array.add(value(p, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT:
        Object embedded = p.getEmbeddedObject();
        return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(embedded);
      default:
        throw new IOException("unexpected " + token + " at " + p.currentLocation());
    }
  }
}
