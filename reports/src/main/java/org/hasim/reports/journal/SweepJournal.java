package org.hasim.reports.journal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.hasim.reports.AtomicFiles;
import org.hasim.scenario.InputException;
import org.hasim.stats.ReplicationResult;
import org.hasim.stats.RunInfo;
import org.hasim.sweep.DesignPoint;
import org.hasim.sweep.Shard;

/**
 * An append-only journal of finished sweep tasks, one JSON object per line: the header ({@link
 * JournalHeader}) first, then one {@link JournalRecord} per finished task. The header is written atomically
 * (temporary file, then rename); each record is appended as one complete line with a single write and then
 * forced to disk before the next task's result is reported done, so a run killed at any moment leaves every
 * earlier record intact and at worst a torn last line, which reading ignores and resuming cuts off. The
 * same file is a shard's partial result for {@code hasim merge}.
 */
public final class SweepJournal implements Closeable {
  static final String FORMAT = "hasim-sweep-journal/1";
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Path file;
  private final JournalHeader header;
  private final List<JournalRecord> records;
  private final FileChannel channel;

  /** What a journal file holds: the header, the complete records, and where the complete lines end. */
  public record Contents(Path file, JournalHeader header, List<JournalRecord> records, long validLength,
      boolean tornTail) {
    public Contents {
      records = List.copyOf(records);
    }
  }

  private SweepJournal(Path file, JournalHeader header, List<JournalRecord> records) throws IOException {
    this.file = file;
    this.header = header;
    this.records = new ArrayList<>(records);
    this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  /** A new journal at {@code file} (replacing any old one) holding only {@code header}. */
  public static SweepJournal start(Path file, JournalHeader header) throws IOException {
    AtomicFiles.write(file, line(json -> writeHeader(json, header)));
    return new SweepJournal(file, header, List.of());
  }

  /**
   * Continues the journal at {@code file}, keeping its finished tasks, or starts one when there is none.
   * A torn last line (a run killed while appending) is cut off.
   *
   * @throws InputException when the file belongs to another sweep or shard
   */
  public static SweepJournal resume(Path file, JournalHeader header) throws IOException {
    if (!Files.exists(file)) {
      return start(file, header);
    }
    Contents old = read(file);
    if (!old.header().fingerprint().equals(header.fingerprint())) {
      throw new InputException(file.toString(), 0, 0, null, "this journal belongs to another sweep (scenario "
          + "file, --set, --param, replications, block or goal differ)",
          "run without --resume to start again, or use another --out folder");
    }
    if (!old.header().shard().equals(header.shard())) {
      throw new InputException(file.toString(), 0, 0, null, "this journal is of shard " + old.header().shard()
          + ", not " + header.shard(), "resume with --shard " + old.header().shard());
    }
    if (old.tornTail()) {
      try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
        c.truncate(old.validLength());
        c.force(true);
      }
    }
    return new SweepJournal(file, header, old.records());
  }

  /**
   * Reads a journal; a last line without its end (torn by a kill) is ignored.
   *
   * @throws InputException for a file that is missing, not a journal, or damaged before its last line
   */
  public static Contents read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file");
    }
    List<JournalRecord> records = new ArrayList<>();
    JournalHeader header = null;
    int start = 0;
    int lineNo = 0;
    while (start < bytes.length) {
      int end = indexOf(bytes, (byte) '\n', start);
      if (end < 0) {
        break; // torn last line
      }
      lineNo++;
      String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
      try {
        JsonNode n = MAPPER.readTree(text);
        if (header == null) {
          header = readHeader(n);
        } else {
          records.add(readRecord(n));
        }
      } catch (IOException | RuntimeException e) {
        throw new InputException(file.toString(), lineNo, 0, null, (header == null
            ? "not a hasim sweep journal" : "damaged journal line") + ": " + e.getMessage(),
            header == null ? "give the shard-K-of-N.jsonl files that hasim sweep wrote" : null);
      }
      start = end + 1;
    }
    if (header == null) {
      throw new InputException(file.toString(), 0, 0, null, "not a hasim sweep journal (no header line)",
          "give the shard-K-of-N.jsonl files that hasim sweep wrote");
    }
    return new Contents(file, header, records, start, start < bytes.length);
  }

  /** Appends a finished task and forces it to disk. */
  public synchronized void append(JournalRecord record) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(line(json -> writeRecord(json, record)));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(false);
    records.add(record);
  }

  public JournalHeader header() {
    return header;
  }

  public Path file() {
    return file;
  }

  /** The finished tasks: those read when resuming, then those appended. */
  public synchronized List<JournalRecord> records() {
    return List.copyOf(records);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static byte[] line(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeHeader(JsonGenerator json, JournalHeader h) throws IOException {
    RunInfo info = h.info();
    json.writeStartObject();
    json.writeStringField("format", FORMAT);
    json.writeStringField("fingerprint", h.fingerprint());
    json.writeStringField("scenario", info.scenario());
    json.writeNumberField("seed", info.seed());
    json.writeStringField("horizon_s", Double.toString(info.horizon()));
    json.writeStringField("warmup_s", Double.toString(info.warmup()));
    json.writeStringField("level", Double.toString(info.level()));
    json.writeNumberField("replications", h.replications());
    json.writeNumberField("block", h.block());
    optional(json, "variant", h.variant());
    json.writeArrayFieldStart("parameters");
    for (String p : h.parameters()) {
      json.writeString(p);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("points");
    for (DesignPoint p : h.points()) {
      point(json, p);
    }
    json.writeEndArray();
    optional(json, "goal", h.goal());
    optional(json, "minimize", h.minimize());
    json.writeStringField("shard", h.shard().toString());
    json.writeEndObject();
  }

  private static JournalHeader readHeader(JsonNode n) {
    if (!FORMAT.equals(n.path("format").asText())) {
      throw new IllegalArgumentException("the first line is not a journal header of format " + FORMAT);
    }
    List<String> parameters = new ArrayList<>();
    ReplicationCodec.required(n, "parameters").forEach(p -> parameters.add(p.textValue()));
    List<DesignPoint> points = new ArrayList<>();
    ReplicationCodec.required(n, "points").forEach(p -> points.add(readPoint(p)));
    RunInfo info = new RunInfo(text(n, "scenario"), ReplicationCodec.required(n, "seed").longValue(),
        Double.parseDouble(text(n, "horizon_s")), Double.parseDouble(text(n, "warmup_s")),
        Double.parseDouble(text(n, "level")));
    return new JournalHeader(text(n, "fingerprint"), info, ReplicationCodec.required(n, "replications").intValue(),
        ReplicationCodec.required(n, "block").intValue(), optional(n, "variant"), parameters, points,
        optional(n, "goal"), optional(n, "minimize"), Shard.parse(text(n, "shard")));
  }

  private static void writeRecord(JsonGenerator json, JournalRecord r) throws IOException {
    json.writeStartObject();
    json.writeFieldName("point");
    point(json, r.point());
    json.writeNumberField("from", r.fromRep());
    json.writeNumberField("to", r.toRep());
    json.writeArrayFieldStart("reps");
    for (ReplicationResult rep : r.replications()) {
      ReplicationCodec.write(json, rep);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static JournalRecord readRecord(JsonNode n) {
    List<ReplicationResult> reps = new ArrayList<>();
    ReplicationCodec.required(n, "reps").forEach(r -> reps.add(ReplicationCodec.read(r)));
    return new JournalRecord(readPoint(ReplicationCodec.required(n, "point")),
        ReplicationCodec.required(n, "from").intValue(), ReplicationCodec.required(n, "to").intValue(), reps);
  }

  private static void point(JsonGenerator json, DesignPoint p) throws IOException {
    json.writeStartObject();
    for (var e : p.values().entrySet()) {
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
  }

  private static DesignPoint readPoint(JsonNode n) {
    LinkedHashMap<String, String> values = new LinkedHashMap<>();
    n.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().textValue()));
    return new DesignPoint(values);
  }

  private static void optional(JsonGenerator json, String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      json.writeStringField(name, v.get());
    } else {
      json.writeNullField(name);
    }
  }

  private static Optional<String> optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.textValue());
  }

  private static String text(JsonNode n, String field) {
    return ReplicationCodec.required(n, field).asText();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
