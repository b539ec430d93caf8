// The protocol's error cases over pipes: malformed messages get JSON-RPC errors, requests out
// of order are refused, any bytes in a document are served, and a client that goes away
// ends the server without a crash or a hang.
#include "lsp_client.hpp"

#include <gtest/gtest.h>

namespace lexcheck::testing {
namespace {

LspClient started() {
    return LspClient({"--rules", "rules", "--corpus", "corpus"});
}

TEST(LspProtocol, MalformedJsonIsAParseError) {
    LspClient client = started();
    client.send_raw("Content-Length: 9\r\n\r\n{\"id\": 1,");
    Json error = client.read();
    EXPECT_EQ(error["error"]["code"], -32700) << error.dump();
    EXPECT_TRUE(error["id"].is_null());
    // The server goes on: the next message is answered.
    EXPECT_EQ(client.initialize(source_uri(""))["id"], 1);
}

TEST(LspProtocol, BadHeaderIsReportedAndSkipped) {
    LspClient client = started();
    client.send_raw("Content-Length: lots\r\n\r\n");
    EXPECT_EQ(client.read()["error"]["code"], -32700);
    client.send_raw("X-Nothing: 1\r\n\r\n");
    EXPECT_EQ(client.read()["error"]["code"], -32700);
    EXPECT_TRUE(client.initialize(source_uri(""))["result"].contains("capabilities"));
}

TEST(LspProtocol, OversizedBodyIsRefusedWithoutReadingItIntoMemory) {
    LspClient client = started();
    client.send_raw("Content-Length: 99999999999\r\n\r\n");
    Json error = client.read();
    EXPECT_EQ(error["error"]["code"], -32700) << error.dump();
    client.close_input();
    EXPECT_EQ(client.wait(), 1);
}

TEST(LspProtocol, RequestsOutOfOrder) {
    LspClient client = started();
    Json early = client.request("textDocument/hover", Json::object());
    EXPECT_EQ(early["error"]["code"], -32002) << early.dump();
    client.initialize(source_uri(""));
    EXPECT_EQ(client.request("initialize", Json::object())["error"]["code"], -32600);
    EXPECT_EQ(client.request("no/such/method", Json::object())["error"]["code"], -32601);
    Json bad = client.request("textDocument/hover",
                              {{"textDocument", {{"uri", 3}}}, {"position", "here"}});
    EXPECT_EQ(bad["error"]["code"], -32602) << bad.dump();
    client.send({{"jsonrpc", "2.0"}, {"id", {{"an", "object"}}}, {"method", "shutdown"}});
    EXPECT_EQ(client.read()["error"]["code"], -32600);
    client.send(Json::array({1, 2}));
    EXPECT_EQ(client.read()["error"]["code"], -32600);
    EXPECT_TRUE(client.request("shutdown", nullptr)["result"].is_null());
    EXPECT_EQ(client.request("textDocument/hover", Json::object())["error"]["code"], -32600);
    client.notify("exit", nullptr);
    EXPECT_EQ(client.wait(), 0);
}

TEST(LspProtocol, AnyBytesInADocument) {
    LspClient client = started();
    client.initialize(source_uri(""));
    std::string junk;
    for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>((i * 7919) % 127 + 1));
    junk += "provision { of \"\"\" /* \xF0\x9F\x98\x80 { { {";
    std::string uri = source_uri("rules/junk.lex");
    client.open(uri, junk);
    Json diagnostics = client.diagnostics(uri);
    ASSERT_FALSE(diagnostics.empty());
    EXPECT_EQ(diagnostics[0]["severity"], 1);
    for (int line = 0; line < 40; line += 7) {
        Json position = {{"line", line}, {"character", line * 3}};
        for (const char* method : {"textDocument/hover", "textDocument/completion",
                                   "textDocument/definition", "textDocument/references"}) {
            Json r = client.request(method, {{"textDocument", {{"uri", uri}}},
                                             {"position", position},
                                             {"context", {{"includeDeclaration", true}}}});
            EXPECT_FALSE(r.contains("error")) << method << r.dump();
        }
    }
    // An edit far past the end of the document is clamped to it.
    client.edit(uri, 2, {{"line", 100000}, {"character", 5}}, {{"line", 3}, {"character", 0}}, "x");
    Json symbols =
        client.request("textDocument/documentSymbol", {{"textDocument", {{"uri", uri}}}});
    EXPECT_TRUE(symbols["result"].is_array()) << symbols.dump();
}

TEST(LspProtocol, ClientThatDisappearsEndsTheServer) {
    LspClient client = started();
    client.initialize(source_uri(""));
    client.open(source_uri("rules/eaeu/art97.lex"), read_source_file("rules/eaeu/art97.lex"));
    client.disconnect();          // while the server writes the diagnostics of the whole rule set
    EXPECT_EQ(client.wait(), 1);  // no `shutdown` came first
}

TEST(LspProtocol, MessageCutOffEndsTheServer) {
    LspClient client = started();
    client.send_raw("Content-Length: 100\r\n\r\n{\"jsonrpc\":");
    client.close_input();
    EXPECT_EQ(client.wait(), 1);
}

}  // namespace
}  // namespace lexcheck::testing
