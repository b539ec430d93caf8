// The JSON-RPC side of the server: message validation, the lifecycle (initialize,
// shutdown, exit), document synchronisation, and publishing diagnostics after analysis.
#include "analysis.hpp"
#include "handlers.hpp"
#include "protocol.hpp"

#include "lexcheck/core/version.hpp"
#include "lexcheck/lsp/server.hpp"

#include <map>
#include <set>

namespace lexcheck::lsp {

using detail::ErrorCode;
using detail::Json;

struct Session::Impl {
    ServerOptions options;
    bool initialized = false;
    bool shut_down = false;
    bool exited = false;
    WorkspacePaths workspace;
    detail::Documents documents;
    std::unique_ptr<detail::Snapshot> snapshot;
    bool dirty = true;
    std::map<std::string, std::string> published;  ///< URI -> diagnostics last sent
    std::string unplaced;                          ///< Diagnostics without a position last shown
    std::vector<std::string> out;

    void send(const Json& message) { out.push_back(detail::dump(message)); }
    void reply(const Json& id, Json result) {
        send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
    }
    void error(const Json& id, ErrorCode code, const std::string& message) {
        send({{"jsonrpc", "2.0"},
              {"id", id},
              {"error", {{"code", static_cast<int>(code)}, {"message", message}}}});
    }

    void message(const Json& msg);
    void request(const Json& id, const std::string& method, const Json& params);
    void notification(const std::string& method, const Json& params);
    void initialize(const Json& id, const Json& params);
    void change(const Json& params);
    const detail::Snapshot& current();
    void publish();
};

namespace {

/// The workspace folder an `initialize` names: `workspaceFolders[0]`, `rootUri`, `rootPath`
std::string workspace_folder(const Json& params) {
    auto folders = params.find("workspaceFolders");
    if (folders != params.end() && folders->is_array() && !folders->empty())
        return detail::uri_to_path(folders->at(0).at("uri").get<std::string>());
    if (auto root = params.find("rootUri"); root != params.end() && root->is_string())
        return detail::uri_to_path(root->get<std::string>());
    if (auto root = params.find("rootPath"); root != params.end() && root->is_string())
        return detail::absolute_path(root->get<std::string>());
    return {};
}

Json capabilities(const ServerOptions& options) {
    Json sync = {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}};
    Json c = {{"positionEncoding", "utf-16"},
              {"textDocumentSync", sync},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"referencesProvider", true},
              {"completionProvider", {{"triggerCharacters", {" ", ".", "{", ","}}}},
              {"documentSymbolProvider", true},
              {"codeLensProvider", {{"resolveProvider", false}}}};
    if (options.format) c["documentFormattingProvider"] = true;
    return c;
}

using Handler = Json (*)(const detail::RequestContext&, const Json&);

const std::map<std::string, Handler>& handlers() {
    static const std::map<std::string, Handler> h = {
        {"textDocument/hover", detail::hover},
        {"textDocument/definition", detail::definition},
        {"textDocument/references", detail::references},
        {"textDocument/completion", detail::completion},
        {"textDocument/formatting", detail::formatting},
        {"textDocument/documentSymbol", detail::outline},
        {"textDocument/codeLens", detail::code_lens},
    };
    return h;
}

}  // namespace

void Session::Impl::message(const Json& msg) {
    if (!msg.is_object()) {
        return error(nullptr, ErrorCode::invalid_request, "a message must be a JSON object");
    }
    auto id = msg.find("id");
    if (id != msg.end() && !id->is_string() && !id->is_number_integer() && !id->is_null()) {
        return error(nullptr, ErrorCode::invalid_request, "`id` must be a string or an integer");
    }
    auto method = msg.find("method");
    if (method == msg.end() || !method->is_string()) {
        bool response = id != msg.end() && (msg.contains("result") || msg.contains("error"));
        if (response) return;  // the server sends no requests, so this answers nothing
        return error(id != msg.end() ? *id : Json(), ErrorCode::invalid_request,
                     "a message needs a `method` string");
    }
    auto params = msg.find("params");
    Json p = params != msg.end() ? *params : Json::object();
    if (id == msg.end()) return notification(method->get<std::string>(), p);
    try {
        request(*id, method->get<std::string>(), p);
    } catch (const detail::RequestFailed& failed) {
        error(*id, failed.code, failed.message);
    } catch (const Json::exception& e) {
        error(*id, ErrorCode::invalid_params, std::string("invalid params: ") + e.what());
    } catch (const std::exception& e) {
        error(*id, ErrorCode::internal_error, e.what());
    }
}

void Session::Impl::request(const Json& id, const std::string& method, const Json& params) {
    if (method == "initialize") {
        if (initialized) return error(id, ErrorCode::invalid_request, "already initialized");
        return initialize(id, params);
    }
    if (!initialized) {
        return error(id, ErrorCode::server_not_initialized,
                     "the first request must be `initialize`");
    }
    if (shut_down) return error(id, ErrorCode::invalid_request, "the server is shutting down");
    if (method == "shutdown") {
        shut_down = true;
        return reply(id, nullptr);
    }
    auto handler = handlers().find(method);
    if (handler == handlers().end()) {
        return error(id, ErrorCode::method_not_found, "unknown method `" + method + "`");
    }
    if (!params.is_object())
        return error(id, ErrorCode::invalid_params, "params must be an object");
    detail::RequestContext context{current(), documents, options};
    reply(id, handler->second(context, params));
}

void Session::Impl::initialize(const Json& id, const Json& params) {
    if (!params.is_object())
        return error(id, ErrorCode::invalid_params, "params must be an object");
    if (options.locate) workspace = options.locate(workspace_folder(params));
    initialized = true;
    dirty = true;
    reply(id, {{"capabilities", capabilities(options)},
               {"serverInfo", {{"name", "lexcheck"}, {"version", std::string(core::version())}}}});
}

void Session::Impl::notification(const std::string& method, const Json& params) {
    if (method == "exit") {
        exited = true;
        return;
    }
    if (!initialized || !params.is_object()) return;  // notifications get no error replies
    try {
        if (method == "textDocument/didOpen") {
            const Json& doc = params.at("textDocument");
            std::string uri = doc.at("uri").get<std::string>();
            documents[detail::uri_to_path(uri)] = {uri, doc.at("text").get<std::string>(),
                                                   doc.value("version", std::int64_t{0})};
            dirty = true;
        } else if (method == "textDocument/didChange") {
            change(params);
        } else if (method == "textDocument/didClose") {
            documents.erase(
                detail::uri_to_path(params.at("textDocument").at("uri").get<std::string>()));
            dirty = true;
        } else if (method == "textDocument/didSave" ||
                   method == "workspace/didChangeWatchedFiles") {
            dirty = true;  // files on disk changed
        }
    } catch (const std::exception& e) {
        send({{"jsonrpc", "2.0"},
              {"method", "window/logMessage"},
              {"params",
               {{"type", 1}, {"message", "lexcheck: ignored `" + method + "`: " + e.what()}}}});
    }
}

void Session::Impl::change(const Json& params) {
    const Json& td = params.at("textDocument");
    auto doc = documents.find(detail::uri_to_path(td.at("uri").get<std::string>()));
    if (doc == documents.end()) return;  // a change to a document that is not open
    for (const Json& c : params.at("contentChanges")) {
        std::string text = c.at("text").get<std::string>();
        auto range = c.find("range");
        if (range == c.end() || range->is_null()) {
            doc->second.text = std::move(text);
            continue;
        }
        detail::LineIndex lines(doc->second.text);
        auto pos = [](const Json& p) {
            return detail::Position{p.at("line").get<std::uint32_t>(),
                                    p.at("character").get<std::uint32_t>()};
        };
        std::uint32_t begin = lines.offset(pos(range->at("start")));
        std::uint32_t end = std::max(begin, lines.offset(pos(range->at("end"))));
        doc->second.text.replace(begin, end - begin, text);
    }
    doc->second.version = td.value("version", doc->second.version);
    dirty = true;
}

const detail::Snapshot& Session::Impl::current() {
    if (dirty || !snapshot) {
        snapshot = detail::analyse(workspace, documents);
        dirty = false;
        publish();
    }
    return *snapshot;
}

void Session::Impl::publish() {
    const detail::Snapshot& s = *snapshot;
    std::map<std::string, Json> by_uri;
    std::string unplaced_now;
    for (const core::Diagnostic& d : s.diagnostics) {
        if (!d.primary) {
            unplaced_now += core::render_diagnostic(s.sources, d, false);
            continue;
        }
        Json& list = by_uri[detail::path_to_uri(s.paths[d.primary->file])];
        if (list.is_null()) list = Json::array();
        list.push_back(detail::diagnostic_json(s, d));
    }
    for (const auto& [uri, text] : published)
        if (!by_uri.count(uri)) by_uri[uri] = Json::array();
    for (auto& [uri, list] : by_uri) {
        std::string text = detail::dump(list);
        auto [it, fresh] = published.try_emplace(uri, text);
        if (!fresh && it->second == text) continue;
        it->second = text;
        send({{"jsonrpc", "2.0"},
              {"method", "textDocument/publishDiagnostics"},
              {"params", {{"uri", uri}, {"diagnostics", std::move(list)}}}});
    }
    std::erase_if(published, [](const auto& entry) { return entry.second == "[]"; });
    if (unplaced_now != unplaced && !unplaced_now.empty()) {
        send({{"jsonrpc", "2.0"},
              {"method", "window/showMessage"},
              {"params", {{"type", 1}, {"message", unplaced_now}}}});
    }
    unplaced = unplaced_now;
}

Session::Session(ServerOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
}

Session::~Session() = default;

std::vector<std::string> Session::handle(std::string_view body) {
    impl_->out.clear();
    Json msg = Json::parse(body, nullptr, false);
    if (msg.is_discarded()) {
        impl_->error(nullptr, ErrorCode::parse_error, "the message is not valid JSON");
    } else {
        impl_->message(msg);
    }
    return std::move(impl_->out);
}

bool Session::idle_pending() const {
    const Impl& i = *impl_;
    if (!i.initialized || i.shut_down || i.documents.empty()) return false;
    return i.dirty || !i.snapshot || (i.options.slow_lint && !i.snapshot->slow_lint_done);
}

std::vector<std::string> Session::idle() {
    impl_->out.clear();
    if (idle_pending()) {
        try {
            if (impl_->dirty || !impl_->snapshot) {
                impl_->current();
            } else {
                detail::add_slow_lint(*impl_->snapshot, impl_->options.slow_lint);
                impl_->publish();
            }
        } catch (const std::exception& e) {
            impl_->send(
                {{"jsonrpc", "2.0"},
                 {"method", "window/logMessage"},
                 {"params", {{"type", 1}, {"message", std::string("lexcheck: ") + e.what()}}}});
        }
    }
    return std::move(impl_->out);
}

std::string Session::framing_error(std::string_view what) {
    return detail::dump({{"jsonrpc", "2.0"},
                         {"id", nullptr},
                         {"error",
                          {{"code", static_cast<int>(ErrorCode::parse_error)},
                           {"message", "cannot read " + std::string(what)}}}});
}

bool Session::exited() const {
    return impl_->exited;
}

int Session::exit_status() const {
    return impl_->shut_down ? 0 : 1;
}

}  // namespace lexcheck::lsp
