package org.hasim.calibration.eval;

import java.util.List;
import java.util.OptionalDouble;
import org.hasim.calibration.spec.Criterion;
import org.hasim.calibration.spec.Target;

/**
 * How a target fares with its model values: the status, why (for anything but a pass), its standardised
 * error (numeric criteria) and the error relative to the published value in percent ({@code value}
 * criteria).
 */
public record Verdict(Status status, String reason, OptionalDouble standardError, OptionalDouble errorPct) {

  /** Outcome of one target. */
  public enum Status {
    PASS,
    FAIL,
    SKIPPED,
    /** A known gap: reported, never a failure. */
    GAP;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Verdict judge(Target t, List<ModelValue> values) {
    Verdict v = plain(t, values);
    if (t.knownGap().isPresent() && v.status != Status.SKIPPED) {
      String within = v.status == Status.PASS ? "within the tolerance now; " : "";
      return new Verdict(Status.GAP, within + "known gap: " + t.knownGap().get(), v.standardError, v.errorPct);
    }
    return v;
  }

  private static Verdict plain(Target t, List<ModelValue> values) {
    for (ModelValue v : values) {
      if (v instanceof ModelValue.Skipped s) {
        return new Verdict(Status.SKIPPED, "skipped: " + s.why(), OptionalDouble.empty(), OptionalDouble.empty());
      }
    }
    for (ModelValue v : values) {
      if (v instanceof ModelValue.Missing m) {
        return fail(m.why());
      }
    }
    Criterion c = t.criterion();
    if (c instanceof Criterion.Increasing) {
      return increasing(t, values);
    }
    ModelValue v = values.get(0);
    if (c instanceof Criterion.Equals e) {
      String got = text(v);
      return got.equals(e.text()) ? pass(OptionalDouble.empty(), OptionalDouble.empty())
          : fail("the model gives '" + got + "', not '" + e.text() + "'");
    }
    if (!(v instanceof ModelValue.Num n)) {
      return fail("expected a number, the model gives '" + text(v) + "'");
    }
    Criterion.Numeric num = (Criterion.Numeric) c;
    double m = n.mean();
    OptionalDouble se = OptionalDouble.of(num.standardError(m));
    OptionalDouble pct = c instanceof Criterion.Near near && near.value() != 0
        ? OptionalDouble.of(100 * (m - near.value()) / near.value()) : OptionalDouble.empty();
    if (num.passes(m)) {
      return pass(se, pct);
    }
    return new Verdict(Status.FAIL, "the model gives " + Criterion.num(m) + suffix(t.unit()) + ", outside "
        + c.describe(t.unit()), se, pct);
  }

  private static Verdict increasing(Target t, List<ModelValue> values) {
    for (int i = 1; i < values.size(); i++) {
      if (!(values.get(i - 1) instanceof ModelValue.Num a) || !(values.get(i) instanceof ModelValue.Num b)) {
        return fail("an ordering needs numbers");
      }
      if (!(a.mean() < b.mean())) {
        return fail("'" + t.items().get(i - 1).label() + "' (" + Criterion.num(a.mean()) + ") is not below '"
            + t.items().get(i).label() + "' (" + Criterion.num(b.mean()) + ")");
      }
    }
    return pass(OptionalDouble.empty(), OptionalDouble.empty());
  }

  private static String text(ModelValue v) {
    return v instanceof ModelValue.Text x ? x.text() : Criterion.num(((ModelValue.Num) v).mean());
  }

  private static String suffix(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  private static Verdict pass(OptionalDouble se, OptionalDouble pct) {
    return new Verdict(Status.PASS, "", se, pct);
  }

  private static Verdict fail(String why) {
    return new Verdict(Status.FAIL, why, OptionalDouble.empty(), OptionalDouble.empty());
  }
}
