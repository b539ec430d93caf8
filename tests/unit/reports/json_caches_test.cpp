// What the JSON report keeps while it writes (issue 20) gives the bytes it would make each
// time: positions looked for from the last one found (json_positions.hpp) and the step heads
// kept by their texts' addresses (json_step_heads.hpp).
#include "chunk_writer.hpp"
#include "json_positions.hpp"
#include "json_step_heads.hpp"
#include "json_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace lexcheck::reports::detail {
namespace {

/// Files of many short lines (a measure file) and of a few long ones, multi-byte characters,
/// CRLF and a missing last newline included
struct Files {
    core::SourceManager sources;
    std::vector<std::string_view> texts;
    std::vector<core::SourceId> ids;

    Files() {
        sources.add("", "");  // file 0 is never asked
        std::string many;
        for (int i = 0; i < 300; ++i)
            many += "  - {id: m" + std::to_string(i) + ", é: " + std::string(i % 7, 'x') + "}\n";
        for (const std::string& text :
             {many, std::string("é\nжж x\r\ny\n\nlast"), std::string(""), std::string("\n\n\n")})
            ids.push_back(sources.add("f", text));
        for (core::SourceId id = 0; id < sources.size(); ++id) texts.push_back(sources.text(id));
    }
};

void expect_line_col(Positions& positions, const core::SourceManager& sources, core::SourceId id,
                     std::uint32_t offset) {
    const core::LineCol want = sources.line_col(id, offset);
    const core::LineCol got = positions.find(id, offset);
    EXPECT_EQ(got.line, want.line) << "file " << id << ", offset " << offset;
    EXPECT_EQ(got.column, want.column) << "file " << id << ", offset " << offset;
}

TEST(Positions, AnswerWhatLineColAnswersInAnyOrder) {
    Files f;
    std::vector<std::pair<core::SourceId, std::uint32_t>> asks;
    for (core::SourceId id : f.ids) {
        for (std::uint32_t offset = 0; offset <= f.texts[id].size() + 2; ++offset)
            asks.emplace_back(id, offset);
    }
    {
        Positions forward(f.sources, f.texts);  // in file order: the near lines
        for (auto [id, offset] : asks) expect_line_col(forward, f.sources, id, offset);
    }
    {
        Positions backward(f.sources, f.texts);
        for (auto it = asks.rbegin(); it != asks.rend(); ++it)
            expect_line_col(backward, f.sources, it->first, it->second);
    }
    std::mt19937 random(20);
    std::shuffle(asks.begin(), asks.end(), random);
    Positions shuffled(f.sources, f.texts);  // far jumps, the files interleaved, asked again
    for (int pass = 0; pass < 2; ++pass) {
        for (auto [id, offset] : asks) expect_line_col(shuffled, f.sources, id, offset);
    }
}

/// A step as the checker makes them: texts viewed where a store keeps them
core::TraceStep step(std::string_view condition, std::string_view label, std::uint32_t begin,
                     std::uint16_t depth, core::Truth value) {
    core::TraceStep s;
    s.condition = condition;
    s.label = label;
    s.at = {1, begin, begin + 1};
    s.depth = depth;
    s.value = value;
    return s;
}

/// The head as it would be made every time: escaped condition and label, and every field
std::string made(const core::TraceStep& s) {
    return json_quote(s.condition) + '|' + std::to_string(static_cast<int>(s.value)) + '|' +
           std::to_string(s.at.file) + ':' + std::to_string(s.at.begin) + '|' +
           std::to_string(s.depth) + '|' + json_quote(s.label);
}

TEST(StepHeads, GiveTheBytesMadeForTheSameStepAndMakeEachOnce) {
    // Control characters, quotes, backslashes and non-ASCII text, as escaped
    const std::string texts[] = {"a == \"b\\c\"", "tab\there\x01", "жж x", "a == \"b\\c\""};
    const std::string labels[] = {"", "scope", "p#unless1"};
    std::vector<core::TraceStep> steps;
    for (const std::string& condition : texts) {
        for (const std::string& label : labels) {
            for (std::uint32_t begin : {0u, 7u}) {
                for (std::uint16_t depth : {0, 3}) {
                    for (core::Truth v : {core::Truth::no, core::Truth::yes, core::Truth::unknown})
                        steps.push_back(step(condition, label, begin, depth, v));
                }
            }
        }
    }
    StepHeads heads;
    int makes = 0;
    auto render = [&](const core::TraceStep& s) {
        return [&](std::string& text) {
            ++makes;
            ChunkWriter out(text);
            out.put(made(s));
        };
    };
    for (const core::TraceStep& s : steps) EXPECT_EQ(heads.get(s, render(s)), made(s));
    const int first = makes;
    EXPECT_EQ(first, static_cast<int>(steps.size()))
        << "equal texts at other addresses (texts[0], texts[3]) are other keys, made again";
    for (const core::TraceStep& s : steps) EXPECT_EQ(heads.get(s, render(s)), made(s));
    EXPECT_LT(makes, 2 * first) << "most heads are kept, not made again";

    // A shorter view of the same text is another head
    const core::TraceStep whole = step(texts[0], "", 0, 0, core::Truth::yes);
    const core::TraceStep part =
        step(std::string_view(texts[0]).substr(0, 4), "", 0, 0, core::Truth::yes);
    EXPECT_EQ(heads.get(whole, render(whole)), made(whole));
    EXPECT_EQ(heads.get(part, render(part)), made(part));
}

TEST(StepHeads, AHeadWhoseMakingFailedIsMadeAgain) {
    const std::string text = "x";
    const core::TraceStep s = step(text, "", 0, 0, core::Truth::yes);
    StepHeads heads;
    EXPECT_THROW(heads.get(s,
                           [](std::string& out) {
                               out += "half";
                               throw std::runtime_error("no room");
                           }),
                 std::runtime_error);
    EXPECT_EQ(heads.get(s, [](std::string& out) { out += "whole"; }), "whole");
}

}  // namespace
}  // namespace lexcheck::reports::detail
