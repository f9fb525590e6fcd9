package org.chartdesk.model;

import java.util.List;
import org.chartdesk.dataset.Dataset;
import org.chartdesk.dataset.Field;
import org.chartdesk.dataset.FieldType;
import org.chartdesk.diagnostics.Diagnostic;
import org.chartdesk.diagnostics.Message;
import org.chartdesk.spec.Channel;
import org.chartdesk.spec.ChartSpec;
import org.chartdesk.diagnostics.DidYouMean;

/** Finds a channel's field in a dataset for the binders, reporting a missing, unknown or mistyped field. */
final class FieldLookup {
  /** The channel, or its field, is not given. */
  static final int MISSING = -1;
  /** The field is not in the dataset, or has a type the channel cannot take. */
  static final int WRONG = -2;

  private FieldLookup() {}

  static int index(Dataset data, Channel channel, String key, ChartSpec spec, List<Diagnostic> diagnostics,
      FieldType... accepted) {
    if (channel == null || channel.field() == null) {
      String missing = key.contains(".") ? key : key + ".field";
      diagnostics.add(spec.error(Message.SPEC_MISSING_KEY, missing, null, Message.quote(missing)));
      return MISSING;
    }
    int i = data.indexOf(channel.field());
    if (i < 0) {
      String best = DidYouMean.closest(channel.field(), data.fieldNames());
      diagnostics.add(spec.error(Message.UNKNOWN_FIELD, key + ".field",
          "valid fields: " + String.join(", ", data.fieldNames())
              + (best == null ? "" : "\ndid you mean " + Message.quote(best) + "?"),
          Message.quote(channel.field()), Message.quote(data.name())));
      return WRONG;
    }
    Field f = data.fields().get(i);
    if (!List.of(accepted).contains(f.type())) {
      List<String> fitting = data.fields().stream().filter(o -> List.of(accepted).contains(o.type()))
          .map(Field::name).toList();
      String hint = fitting.isEmpty() ? null : "fields of that type: " + String.join(", ", fitting);
      diagnostics.add(spec.error(Message.FIELD_TYPE, key + ".field", hint, Message.quote(f.name()),
          Message.quote(data.name()), f.type().schemaName(), key,
          String.join(" or ", List.of(accepted).stream().map(FieldType::schemaName).toList())));
      return WRONG;
    }
    return i;
  }
}
