// A scripted LSP client for the tests: starts `lexcheck lsp` with pipes for standard input
// and output, sends framed JSON-RPC messages and reads the replies with a timeout, so that a
// server that hangs fails the test instead of stalling it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace lexcheck::testing {

using Json = nlohmann::json;

class LspClient {
public:
    /// Starts `lexcheck lsp ARGS...` in the source folder
    explicit LspClient(const std::vector<std::string>& args);
    ~LspClient();
    LspClient(const LspClient&) = delete;
    LspClient& operator=(const LspClient&) = delete;

    /// Writes raw bytes to the server's standard input
    void send_raw(std::string_view bytes);
    void send(const Json& message);
    void notify(const std::string& method, Json params);
    /// Sends a request and returns its response; notifications that come first are kept
    Json request(const std::string& method, Json params);
    /// The next message (a response or a notification); a null Json at the end of output
    Json read();
    /// Reads until a reply with `id` arrives (notifications are kept)
    Json response(const Json& id);
    /// The latest diagnostics published for `uri`, reading until some arrive after the
    /// previous call (or a request made after the last edit returns them)
    Json diagnostics(const std::string& uri);
    /// Reads until diagnostics for `uri` with a diagnostic of `code` are published (those
    /// already received count); null after the timeout
    Json diagnostics_with(const std::string& uri, const std::string& code);
    /// Sends initialize and initialized; returns the initialize result
    Json initialize(const std::string& root_uri);

    void open(const std::string& uri, const std::string& text, int version = 1);
    /// Replaces [start, end) (LSP positions) of an open document
    void edit(const std::string& uri, int version, Json start, Json end, const std::string& text);

    /// Closes the server's standard input (the client goes away)
    void close_input();
    /// Closes both pipes: the client is gone, and the server's writes fail
    void disconnect();
    /// Waits for the server to end (at most `seconds`); its exit status, or -1 on a timeout
    /// (the server is then killed), or 128 + signal when a signal ended it
    int wait(int seconds = 20);

    std::vector<Json> notifications;

private:
    bool fill(int timeout_ms);
    pid_t pid_ = -1;
    int in_ = -1;   ///< The server's standard input
    int out_ = -1;  ///< The server's standard output
    std::string buffer_;
    int next_id_ = 1;
};

/// The `file://` URI of a file of the source tree
std::string source_uri(const std::string& relative);
/// A source file's text
std::string read_source_file(const std::string& relative);
/// The LSP position (line, UTF-16 character) of byte `offset` of `text`
Json position_at(std::string_view text, std::size_t offset);
/// The position of the `nth` occurrence of `needle` in `text`, plus `shift` bytes
Json position_of(std::string_view text, std::string_view needle, std::size_t shift = 0,
                 int nth = 0);

}  // namespace lexcheck::testing
