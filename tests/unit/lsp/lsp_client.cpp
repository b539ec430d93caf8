#include "lsp_client.hpp"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace lexcheck::testing {

namespace {
constexpr int kTimeoutMs = 20000;
}

LspClient::LspClient(const std::vector<std::string>& args) {
    std::signal(SIGPIPE, SIG_IGN);  // a server that went away must not end the test program
    int to_server[2], from_server[2];
    if (::pipe2(to_server, O_CLOEXEC) != 0 || ::pipe2(from_server, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, to_server[0], 0);
    posix_spawn_file_actions_adddup2(&actions, from_server[1], 1);
    posix_spawn_file_actions_addchdir_np(&actions, LEXCHECK_SOURCE_DIR);
    std::vector<std::string> argv_s = {LEXCHECK_BINARY, "lsp"};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    int rc = ::posix_spawn(&pid_, LEXCHECK_BINARY, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(to_server[0]);
    ::close(from_server[1]);
    in_ = to_server[1];
    out_ = from_server[0];
    if (rc != 0) throw std::runtime_error("cannot start " LEXCHECK_BINARY);
}

LspClient::~LspClient() {
    if (in_ >= 0) ::close(in_);
    if (out_ >= 0) ::close(out_);
    if (pid_ > 0) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
    }
}

void LspClient::send_raw(std::string_view bytes) {
    while (!bytes.empty()) {
        ssize_t n = ::write(in_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // the server closed its input: the test's reads will tell
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void LspClient::send(const Json& message) {
    std::string body = message.dump();
    send_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

void LspClient::notify(const std::string& method, Json params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

Json LspClient::request(const std::string& method, Json params) {
    int id = next_id_++;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}});
    return response(id);
}

bool LspClient::fill(int timeout_ms) {
    pollfd p{out_, POLLIN, 0};
    int ready = ::poll(&p, 1, timeout_ms);
    if (ready <= 0) return false;
    char chunk[65536];
    ssize_t n = ::read(out_, chunk, sizeof chunk);
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    return true;
}

Json LspClient::read() {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kTimeoutMs);
    while (true) {
        std::size_t header_end = buffer_.find("\r\n\r\n");
        if (header_end != std::string::npos) {
            std::size_t at = buffer_.find("Content-Length: ");
            std::size_t length = std::stoul(buffer_.substr(at + 16, header_end - at - 16));
            if (buffer_.size() >= header_end + 4 + length) {
                Json message = Json::parse(buffer_.substr(header_end + 4, length));
                buffer_.erase(0, header_end + 4 + length);
                return message;
            }
        }
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !fill(static_cast<int>(left.count()))) return Json();
    }
}

Json LspClient::response(const Json& id) {
    while (true) {
        Json m = read();
        if (m.is_null()) {
            ADD_FAILURE() << "no reply to request " << id.dump();
            return Json();
        }
        if (m.contains("id") && !m.contains("method") && m["id"] == id) return m;
        notifications.push_back(std::move(m));
    }
}

Json LspClient::diagnostics(const std::string& uri) {
    // A request after the edits makes the server analyse first; its diagnostics come before
    // the reply.
    notifications.clear();
    request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri}}}});
    Json latest;
    for (const Json& n : notifications) {
        if (n.value("method", "") == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri)
            latest = n["params"]["diagnostics"];
    }
    return latest;
}

Json LspClient::diagnostics_with(const std::string& uri, const std::string& code) {
    auto matches = [&](const Json& n) {
        if (n.value("method", "") != "textDocument/publishDiagnostics") return false;
        if (n["params"]["uri"] != uri) return false;
        for (const Json& d : n["params"]["diagnostics"])
            if (d["code"] == code) return true;
        return false;
    };
    for (const Json& n : notifications)
        if (matches(n)) return n["params"]["diagnostics"];
    while (true) {
        Json m = read();
        if (m.is_null()) return m;
        if (matches(m)) return m["params"]["diagnostics"];
        notifications.push_back(std::move(m));
    }
}

Json LspClient::initialize(const std::string& root_uri) {
    Json r =
        request("initialize",
                {{"processId", nullptr}, {"rootUri", root_uri}, {"capabilities", Json::object()}});
    notify("initialized", Json::object());
    return r;
}

void LspClient::open(const std::string& uri, const std::string& text, int version) {
    notify("textDocument/didOpen",
           {{"textDocument",
             {{"uri", uri}, {"languageId", "lex"}, {"version", version}, {"text", text}}}});
}

void LspClient::edit(const std::string& uri, int version, Json start, Json end,
                     const std::string& text) {
    notify("textDocument/didChange",
           {{"textDocument", {{"uri", uri}, {"version", version}}},
            {"contentChanges",
             Json::array({{{"range", {{"start", start}, {"end", end}}}, {"text", text}}})}});
}

void LspClient::close_input() {
    if (in_ >= 0) ::close(in_);
    in_ = -1;
}

void LspClient::disconnect() {
    close_input();
    if (out_ >= 0) ::close(out_);
    out_ = -1;
}

int LspClient::wait(int seconds) {
    for (int i = 0; i < seconds * 20; ++i) {
        int status = 0;
        pid_t done = ::waitpid(pid_, &status, WNOHANG);
        if (done == pid_) {
            pid_ = -1;
            if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
            return WEXITSTATUS(status);
        }
        ::usleep(50000);
    }
    return -1;
}

std::string source_uri(const std::string& relative) {
    return "file://" + std::string(LEXCHECK_SOURCE_DIR) + "/" + relative;
}

std::string read_source_file(const std::string& relative) {
    std::ifstream in(std::string(LEXCHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Json position_at(std::string_view text, std::size_t offset) {
    int line = 0, character = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            character = 0;
        } else if ((c & 0xC0) != 0x80) {
            character += c >= 0xF0 ? 2 : 1;  // a 4-byte sequence is a surrogate pair
        }
    }
    return {{"line", line}, {"character", character}};
}

Json position_of(std::string_view text, std::string_view needle, std::size_t shift, int nth) {
    std::size_t at = text.find(needle);
    for (int i = 0; i < nth && at != std::string_view::npos; ++i) at = text.find(needle, at + 1);
    if (at == std::string_view::npos) {
        ADD_FAILURE() << "`" << needle << "` not found";
        return position_at(text, 0);
    }
    return position_at(text, at + shift);
}

}  // namespace lexcheck::testing
