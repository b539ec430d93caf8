// The session in-process, for what the pipes cannot show deterministically: the slow lint
// runs on the session's own thread (requests are answered while it runs), its result is
// dropped when an edit came since, it waits for quiet and starts at once on a save; and
// hover shows the labels of LANGUAGE.md §13. The slow lint here is scripted: each run
// reports "run N" and waits until the test lets it end, so no test sleeps to synchronise.
#include "lsp_client.hpp"

#include "lexcheck/lsp/server.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>

namespace lexcheck::testing {
namespace {

const std::string kUri = "file:///nowhere/rules/demo.lex";
const std::string kRules = R"(vocabulary demo {
  enum measure_kind { entry_ban "an entry ban", expulsion }
  fact kind : measure_kind "What the measure does" as "the measure is"
}

define bans "the measure is an entry ban" else "the measure is no entry ban" =
  kind == entry_ban
)";

/// A guard against a test hanging on a broken server, never a synchronisation
constexpr auto kTimeout = std::chrono::seconds(20);

/// The scripted slow lint and what the session's thread delivered
struct Script {
    std::mutex mutex;
    std::condition_variable changed;
    int started = 0;
    int released = 0;
    std::vector<std::vector<Json>> delivered;  ///< Each delivery's messages

    void lint(const core::RuleSet& rules, core::DiagnosticSink& sink) {
        std::unique_lock lock(mutex);
        int run = ++started;
        changed.notify_all();
        if (!changed.wait_for(lock, kTimeout, [&] { return released >= run; }))
            throw std::runtime_error("the test never released run " + std::to_string(run));
        sink.warning("lint_test_slow", rules.defines.at(0).name.span, "run " + std::to_string(run));
    }
    void deliver(const std::function<std::vector<std::string>()>& make) {
        std::vector<Json> messages;
        for (const std::string& body : make()) messages.push_back(Json::parse(body));
        std::lock_guard lock(mutex);
        delivered.push_back(std::move(messages));
        changed.notify_all();
    }
    /// Waits until run `n` has started
    bool wait_started(int n) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kTimeout, [&] { return started >= n; });
    }
    void release() {
        std::lock_guard lock(mutex);
        ++released;
        changed.notify_all();
    }
    /// Waits for `n` deliveries; the `n`th
    std::vector<Json> wait_delivered(std::size_t n) {
        std::unique_lock lock(mutex);
        if (!changed.wait_for(lock, kTimeout, [&] { return delivered.size() >= n; })) return {};
        return delivered[n - 1];
    }
    int runs() {
        std::lock_guard lock(mutex);
        return started;
    }
};

/// A session on one open document (no workspace) with the scripted slow lint
class SessionTest : public ::testing::Test {
protected:
    std::unique_ptr<lsp::Session> start(
        std::chrono::milliseconds delay,
        std::function<void(const core::RuleSet&, core::DiagnosticSink&)> lint = {}) {
        lsp::ServerOptions options;
        options.slow_lint =
            lint ? std::move(lint)
                 : [this](const core::RuleSet& r, core::DiagnosticSink& s) { script.lint(r, s); };
        options.slow_lint_delay = delay;
        auto session = std::make_unique<lsp::Session>(
            std::move(options), [this](const auto& make) { script.deliver(make); });
        handle(*session, {{"jsonrpc", "2.0"},
                          {"id", 1},
                          {"method", "initialize"},
                          {"params", {{"capabilities", Json::object()}}}});
        notify(*session, "textDocument/didOpen",
               {{"textDocument",
                 {{"uri", kUri}, {"languageId", "lex"}, {"version", 1}, {"text", kRules}}}});
        return session;
    }

    static std::vector<Json> parsed(const std::vector<std::string>& bodies) {
        std::vector<Json> out;
        for (const std::string& b : bodies) out.push_back(Json::parse(b));
        return out;
    }
    static std::vector<Json> handle(lsp::Session& s, const Json& message) {
        return parsed(s.handle(message.dump()));
    }
    static void notify(lsp::Session& s, const std::string& method, Json params) {
        EXPECT_TRUE(
            handle(s, {{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}})
                .empty());
    }
    static void change(lsp::Session& s, int version, const std::string& text) {
        notify(s, "textDocument/didChange",
               {{"textDocument", {{"uri", kUri}, {"version", version}}},
                {"contentChanges", Json::array({{{"text", text}}})}});
    }

    Script script;
};

/// The diagnostics of kUri published among `messages`; null when none were
Json published(const std::vector<Json>& messages) {
    Json latest;
    for (const Json& m : messages)
        if (m.value("method", "") == "textDocument/publishDiagnostics" &&
            m["params"]["uri"] == kUri)
            latest = m["params"]["diagnostics"];
    return latest;
}

std::vector<std::string> messages_of(const Json& diagnostics) {
    std::vector<std::string> out;
    for (const Json& d : diagnostics) out.push_back(d["message"]);
    return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

TEST_F(SessionTest, SlowLintRunsOffTheTypingPath) {
    auto session = start(std::chrono::milliseconds(0));
    Json fast = published(parsed(session->idle()));
    ASSERT_TRUE(fast.is_array());  // the fast diagnostics, without waiting for the slow lint
    EXPECT_FALSE(has(messages_of(fast), "run 1"));
    ASSERT_TRUE(script.wait_started(1));

    // While the slow lint runs, a request is answered.
    Json hover = handle(*session, {{"jsonrpc", "2.0"},
                                   {"id", 2},
                                   {"method", "textDocument/hover"},
                                   {"params",
                                    {{"textDocument", {{"uri", kUri}}},
                                     {"position", position_of(kRules, "entry_ban\n", 1)}}}})
                     .back();
    EXPECT_TRUE(hover["result"].is_object()) << hover.dump();

    script.release();
    Json all = published(script.wait_delivered(1));
    ASSERT_TRUE(all.is_array());
    EXPECT_TRUE(has(messages_of(all), "run 1")) << all.dump(2);
    EXPECT_EQ(all.size(), fast.size() + 1);  // published with the other diagnostics
}

TEST_F(SessionTest, SlowLintOfAnOlderVersionIsDropped) {
    auto session = start(std::chrono::milliseconds(0));
    session->idle();
    ASSERT_TRUE(script.wait_started(1));
    change(*session, 2, "// edited\n" + kRules);  // while run 1 works on version 1
    script.release();
    EXPECT_TRUE(script.wait_delivered(1).empty());  // dropped: nothing sent

    Json fast = published(parsed(session->idle()));  // version 2, moved down a line
    ASSERT_TRUE(fast.is_array());
    EXPECT_FALSE(has(messages_of(fast), "run 1"));
    ASSERT_TRUE(script.wait_started(2));
    script.release();
    Json all = published(script.wait_delivered(2));
    EXPECT_TRUE(has(messages_of(all), "run 2")) << all.dump(2);
    EXPECT_FALSE(has(messages_of(all), "run 1")) << all.dump(2);
}

TEST_F(SessionTest, SlowLintWaitsForQuietButStartsAtOnceOnSave) {
    auto session = start(std::chrono::hours(1));  // the debounce never ends in this test
    ASSERT_TRUE(published(parsed(session->idle())).is_array());
    change(*session, 2, "// edited\n" + kRules);
    session->idle();
    EXPECT_EQ(script.runs(), 0);  // still waiting for quiet
    notify(*session, "textDocument/didSave", {{"textDocument", {{"uri", kUri}}}});
    session->idle();
    ASSERT_TRUE(script.wait_started(1));
    script.release();
    EXPECT_TRUE(has(messages_of(published(script.wait_delivered(1))), "run 1"));
}

TEST_F(SessionTest, SlowLintThatFailsIsLogged) {
    auto session =
        start(std::chrono::milliseconds(0), [](const core::RuleSet&, core::DiagnosticSink&) {
            throw std::runtime_error("solver gave up");
        });
    session->idle();
    std::vector<Json> log = script.wait_delivered(1);
    ASSERT_EQ(log.size(), 1u);
    EXPECT_EQ(log[0]["method"], "window/logMessage");
    EXPECT_EQ(log[0]["params"]["message"], "lexcheck: lint: solver gave up");
}

// LANGUAGE.md §13: a fact's `as` words and its values' labels, an enum value's label, a
// define's sentences.
TEST_F(SessionTest, HoverShowsLabels) {
    auto session = start(std::chrono::hours(1));
    auto hover = [&](const std::string& needle, std::size_t shift, int nth) {
        Json r = handle(*session, {{"jsonrpc", "2.0"},
                                   {"id", 7},
                                   {"method", "textDocument/hover"},
                                   {"params",
                                    {{"textDocument", {{"uri", kUri}}},
                                     {"position", position_of(kRules, needle, shift, nth)}}}})
                     .back();
        return r["result"].is_object() ? r["result"]["contents"]["value"].get<std::string>()
                                       : r.dump();
    };
    std::string fact = hover("kind ==", 1, 0);
    EXPECT_NE(fact.find("In reasons: “the measure is …”"), std::string::npos) << fact;
    EXPECT_NE(fact.find("Allowed values:\n- `entry_ban`: an entry ban\n- `expulsion`\n"),
              std::string::npos)
        << fact;
    std::string value = hover("entry_ban\n", 1, 0);
    EXPECT_NE(value.find("`entry_ban` — “an entry ban”: a value of `measure_kind`"),
              std::string::npos)
        << value;
    std::string define = hover("bans", 1, 0);
    EXPECT_NE(define.find("define bans \"the measure is an entry ban\" else \"the measure is no "
                          "entry ban\" =\n  kind == entry_ban"),
              std::string::npos)
        << define;
}

}  // namespace
}  // namespace lexcheck::testing
