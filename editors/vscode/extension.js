// Starts `lexcheck lsp` for rule files (.lex) and measure files (.yaml, .yml, .json) of the
// workspace; everything else (diagnostics, hover, …) comes from the server.
"use strict";
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration("lexcheck");
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = {
    command: config.get("path", "lexcheck"),
    args: ["lsp", ...config.get("arguments", [])],
    options: folder ? { cwd: folder } : {},
  };
  client = new LanguageClient("lexcheck", "lexcheck", server, {
    documentSelector: [
      { scheme: "file", language: "lex" },
      { scheme: "file", pattern: "**/*.{yaml,yml,json,jsonl}" },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{lex,yaml,yml,json,jsonl,xml,toml}"),
    },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
