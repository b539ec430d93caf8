// The JSON building blocks: string escaping, numbers, the streaming writer's layout, and
// ordered parallel output that is the same for any thread count.
#include "lexcheck/reports/json_writer.hpp"

#include "chunk_writer.hpp"
#include "chunked_output.hpp"
#include "json_text.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>
#include <stdexcept>
#include <streambuf>

namespace lexcheck::reports::detail {
namespace {

std::string escaped(std::string_view s) {
    std::string out;
    append_json_string(out, s);
    return out;
}

TEST(JsonString, EscapesQuotesBackslashesAndNamedControls) {
    EXPECT_EQ(escaped(""), "\"\"");
    EXPECT_EQ(escaped("plain text"), "\"plain text\"");
    EXPECT_EQ(escaped("say \"hi\""), "\"say \\\"hi\\\"\"");
    EXPECT_EQ(escaped("C:\\dir\\"), "\"C:\\\\dir\\\\\"");
    EXPECT_EQ(escaped("a\nb\rc\td"), "\"a\\nb\\rc\\td\"");
}

TEST(JsonString, EscapesEveryOtherControlCharacterAsLowercaseUnicode) {
    EXPECT_EQ(escaped(std::string_view("\0", 1)), "\"\\u0000\"");
    EXPECT_EQ(escaped("\x01"), "\"\\u0001\"");
    EXPECT_EQ(escaped("\b\f"), "\"\\u0008\\u000c\"");
    EXPECT_EQ(escaped("\x1b[0m"), "\"\\u001b[0m\"");
    EXPECT_EQ(escaped("\x1f"), "\"\\u001f\"");
    EXPECT_EQ(escaped(" \x7f"), "\" \x7f\"") << "space and DEL are not control characters in JSON";
}

TEST(JsonString, PassesUtf8ThroughByteForByte) {
    EXPECT_EQ(escaped("Статья 97 — «пункт 2»"), "\"Статья 97 — «пункт 2»\"");
    EXPECT_EQ(escaped("\u2717 \u2713 \U0001F600"), "\"\u2717 \u2713 \U0001F600\"");
    // Not valid UTF-8: still copied as is, never altered or dropped.
    EXPECT_EQ(escaped("\xff\xfe\xc3"), "\"\xff\xfe\xc3\"");
    EXPECT_EQ(escaped("é\n\"ü\""), "\"é\\n\\\"ü\\\"\"");
}

// The escaper scans eight bytes at a time; every byte value, at every position of a word and
// of the tail, must come out as a byte-by-byte escaper writes it.
TEST(JsonString, EveryByteAtEveryOffsetIsEscapedAsOneByteAtATime) {
    auto one_by_one = [](std::string_view s) {
        std::string out = "\"";
        for (char ch : s) {
            auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += ch;
            } else if (c < 0x20) {
                out += escaped(std::string(1, ch)).substr(1, std::string::npos);
                out.pop_back();  // its closing quote
            } else {
                out += ch;
            }
        }
        return out + "\"";
    };
    for (int c = 0; c < 256; ++c) {
        for (std::size_t at = 0; at < 19; ++at) {
            std::string s(19, 'a');
            s[at] = static_cast<char>(c);
            if (c >= 0x80) s[(at + 5) % 19] = static_cast<char>(0x7f);  // high bytes around
            ASSERT_EQ(escaped(s), one_by_one(s)) << "byte " << c << " at " << at;
        }
    }
}

TEST(JsonString, QuoteMatchesAppend) {
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    EXPECT_EQ(json_quote(all), escaped(all));
    std::string prefix = "x";
    append_json_string(prefix, "y");
    EXPECT_EQ(prefix, "x\"y\"") << "appends, never replaces";
}

// --- ChunkWriter: the JSON report's findings, written through one pointer ----------------

TEST(ChunkWriter, StringsAreEscapedAsAppendJsonStringDoes) {
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    all += all + all + all + all;  // longer than the room made at a time, too
    std::string out = "x";
    std::string expected = "x";
    {
        ChunkWriter w(out);
        for (std::size_t at = 0; at <= all.size(); at += 7) {
            w.string(std::string_view(all).substr(at));
            append_json_string(expected, std::string_view(all).substr(at));
        }
    }
    EXPECT_EQ(out, expected);
}

TEST(ChunkWriter, NumbersAreWrittenAsAppendJsonUintDoes) {
    std::string out, expected;
    {
        ChunkWriter w(out);
        for (std::uint64_t v : {std::uint64_t{0}, std::uint64_t{9}, std::uint64_t{10},
                                std::uint64_t{12345}, std::numeric_limits<std::uint64_t>::max()}) {
            w.uint(v);
            w.put(',');
            append_json_uint(expected, v);
            expected += ',';
        }
    }
    EXPECT_EQ(out, expected);
}

// The writer makes room ahead of itself and gives the buffer back, exact, when paused or done:
// text appended to the buffer while paused, and pieces far larger than the room made at a
// time, land in order.
TEST(ChunkWriter, PausedTheBufferHoldsExactlyWhatWasWritten) {
    std::string out = "head;";
    std::string expected = "head;";
    {
        ChunkWriter w(out);
        for (int i = 0; i < 5000; ++i) {
            w.put("{\n  \"key\": ");
            w.uint(static_cast<std::uint64_t>(i));
            expected += "{\n  \"key\": " + std::to_string(i);
            if (i % 97 == 0) {
                std::string& paused = w.pause();
                EXPECT_EQ(paused, expected);
                paused += "[appended]";
                expected += "[appended]";
                w.resume();
            }
            if (i % 1000 == 999) {
                const std::string big(5000 + i, 'b');
                w.put(big);
                expected += big;
            }
            EXPECT_EQ(w.size(), expected.size());
        }
    }
    EXPECT_EQ(out, expected);
}

TEST(JsonNumber, FormatsTheFullRange) {
    std::string out;
    append_json_uint(out, 0);
    out += ' ';
    append_json_uint(out, std::numeric_limits<std::uint64_t>::max());
    out += ' ';
    append_json_int(out, -1);
    out += ' ';
    append_json_int(out, std::numeric_limits<std::int64_t>::min());
    out += ' ';
    append_json_int(out, 42);
    EXPECT_EQ(out, "0 18446744073709551615 -1 -9223372036854775808 42");
}

TEST(JsonWriter, IndentsTwoSpacesAndWritesEmptyContainersInline) {
    std::ostringstream out;
    {
        JsonWriter w(out);
        w.begin_object();
        w.member("name", "a\tb");
        w.member("n", 3);
        w.member("big", std::uint64_t{1} << 40);
        w.member("neg", std::int64_t{-5});
        w.member("yes", true);
        w.key("none");
        w.null();
        w.key("empty");
        w.begin_array();
        w.end_array();
        w.key("list");
        w.begin_array();
        w.value("x");
        w.begin_object();
        w.end_object();
        w.end_array();
        w.end_object();
    }
    EXPECT_EQ(out.str(),
              "{\n"
              "  \"name\": \"a\\tb\",\n"
              "  \"n\": 3,\n"
              "  \"big\": 1099511627776,\n"
              "  \"neg\": -5,\n"
              "  \"yes\": true,\n"
              "  \"none\": null,\n"
              "  \"empty\": [],\n"
              "  \"list\": [\n"
              "    \"x\",\n"
              "    {}\n"
              "  ]\n"
              "}\n");
}

TEST(JsonWriter, ReachesTheStreamWhenTheTopLevelValueIsComplete) {
    std::ostringstream out;
    JsonWriter w(out);
    w.begin_array();
    w.value(1);
    EXPECT_EQ(out.str(), "") << "buffered while the value is open";
    w.end_array();
    EXPECT_EQ(out.str(), "[\n  1\n]");
}

TEST(JsonWriter, LongOutputIsWrittenInOrder) {
    std::ostringstream out;
    std::string expected = "[";
    {
        JsonWriter w(out);
        w.begin_array();
        for (int i = 0; i < 50000; ++i) {
            w.value(i);
            expected += (i ? ",\n  " : "\n  ") + std::to_string(i);
        }
        w.end_array();
    }
    expected += "\n]";
    EXPECT_EQ(out.str(), expected);
}

// --- write_ordered ------------------------------------------------------------------------

/// Item i: a line whose length varies a lot, so chunks finish out of order
void format_items(std::size_t begin, std::size_t end, JsonSink& sink) {
    for (std::size_t i = begin; i < end; ++i) {
        std::string& out = sink.buffer();
        append_json_uint(out, i);
        out.append((i * 7919) % 3001, static_cast<char>('a' + i % 26));
        out += '\n';
        sink.flush();
    }
}

std::string ordered(std::size_t count, std::size_t chunk, unsigned threads) {
    std::ostringstream out;
    write_ordered(out, count, chunk, threads, format_items);
    return out.str();
}

TEST(WriteOrdered, SameBytesForAnyThreadCountAndChunkSize) {
    const std::string reference = ordered(5000, 5000, 1);
    ASSERT_GT(reference.size(), 5'000'000u);
    for (unsigned threads : {1u, 2u, 3u, 4u, 8u, 0u}) {
        for (std::size_t chunk : {1u, 7u, 64u, 1000u}) {
            EXPECT_EQ(ordered(5000, chunk, threads), reference)
                << threads << " threads, chunk " << chunk;
        }
    }
}

TEST(WriteOrdered, NothingForNoItemsAndOneChunkForFew) {
    EXPECT_EQ(ordered(0, 64, 4), "");
    EXPECT_EQ(ordered(3, 64, 4), ordered(3, 1, 1));
}

TEST(WriteOrdered, AFailureInAnyChunkReachesTheCaller) {
    std::ostringstream out;
    for (unsigned threads : {1u, 2u, 4u}) {
        EXPECT_THROW(write_ordered(out, 1000, 10, threads,
                                   [](std::size_t begin, std::size_t end, JsonSink& sink) {
                                       if (begin <= 555 && 555 < end)
                                           throw std::runtime_error("boom");
                                       format_items(begin, end, sink);
                                   }),
                     std::runtime_error)
            << threads << " threads";
    }
}

/// Counts bytes and remembers the largest single write
class WriteSizes : public std::streambuf {
public:
    std::size_t total = 0, largest = 0;

protected:
    std::streamsize xsputn(const char*, std::streamsize n) override {
        total += static_cast<std::size_t>(n);
        largest = std::max(largest, static_cast<std::size_t>(n));
        return n;
    }
    int_type overflow(int_type c) override {
        ++total;
        return c;
    }
};

TEST(WriteOrdered, OneHugeItemOnOneThreadIsHandedOnAsItGrows) {
    WriteSizes sizes;
    std::ostream out(&sizes);
    // One item of 20 MB written step by step, as a trace of millions of steps is.
    write_ordered(out, 1, 64, 1, [](std::size_t, std::size_t, JsonSink& sink) {
        for (int step = 0; step < 20000; ++step) {
            sink.buffer().append(1000, 'x');
            sink.flush();
        }
    });
    EXPECT_EQ(sizes.total, 20'000'000u);
    EXPECT_LT(sizes.largest, JsonSink::kFlushBytes + 1000) << "never buffered whole";
}

}  // namespace
}  // namespace lexcheck::reports::detail
