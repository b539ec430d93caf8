#include "input_paths.hpp"

#include <cstdlib>
#include <filesystem>

namespace lexcheck::cli {

namespace {

/// The shipped `dir` (rules or corpus), named relative to the working directory when that
/// is shorter
std::string shipped(const char* dir) {
    namespace fs = std::filesystem;
    fs::path home = LEXCHECK_SOURCE_DIR;
    if (const char* env = std::getenv("LEXCHECK_HOME")) home = env;
    fs::path p = home / dir;
    std::error_code ec;
    fs::path rel = fs::relative(p, fs::current_path(ec), ec);
    return !ec && !rel.empty() && rel.string().size() < p.string().size() ? rel.generic_string()
                                                                          : p.generic_string();
}

void take(std::vector<std::string>& paths, Origin& from, const std::vector<std::string>& project) {
    if (!paths.empty()) {
        from = Origin::command_line;
    } else if (!project.empty()) {
        paths = project;
        from = Origin::project_file;
    }
}

std::string joined(const std::vector<std::string>& paths) {
    std::string out;
    for (const std::string& p : paths) out += (out.empty() ? "" : ", ") + p;
    return out;
}

std::string origin_words(Origin origin, const char* flag) {
    switch (origin) {
        case Origin::command_line:
            return std::string("from ") + flag;
        case Origin::project_file:
            return std::string("from ") + project::kProjectFileName;
        case Origin::shipped:
            return "shipped with lexcheck";
        case Origin::none:
            break;
    }
    return "none";
}

/// "--corpus without --rules", or "lexcheck.toml gives a corpus but no rules"
std::string missing_note(Origin other_from, const char* other_flag, const char* missing_flag,
                         const char* gives, const char* consequence, const char* shipped_one) {
    std::string cause = other_from == Origin::command_line
                            ? std::string(other_flag) + " without " + missing_flag
                            : std::string(project::kProjectFileName) + " gives " + gives;
    return "lexcheck: note: " + cause + ": " + consequence + " (the shipped " + shipped_one +
           " used only when neither is given)\n";
}

}  // namespace

void settle_input_paths(Options& o, const project::ProjectFile* project) {
    static const project::ProjectFile nothing;
    const project::ProjectFile& p = project ? *project : nothing;
    take(o.rules, o.rules_from, p.rules);
    take(o.corpus, o.corpus_from, p.corpus);
    if (!o.lock) o.lock = p.lock;
    if (!o.as_of && p.as_of) {
        o.as_of = p.as_of;
        o.as_of_from_project_file = true;
    }
    if (o.rules.empty() && o.corpus.empty()) {
        o.rules = {shipped("rules")};
        o.corpus = {shipped("corpus")};
        o.rules_from = o.corpus_from = Origin::shipped;
    }
}

std::string describe_input_paths(const Options& o) {
    if (o.rules_from == Origin::none) {
        return missing_note(o.corpus_from, "--corpus", "--rules", "a corpus but no rules",
                            "no rules are loaded", "rules are");
    }
    if (o.corpus_from == Origin::none) {
        return missing_note(o.rules_from, "--rules", "--corpus", "rules but no corpus",
                            "no measure files are read", "corpus is");
    }
    if (o.rules_from == Origin::command_line && o.corpus_from == Origin::command_line &&
        !o.as_of_from_project_file) {
        return "";
    }
    std::string line = "lexcheck: rules: " + joined(o.rules) + " (" +
                       origin_words(o.rules_from, "--rules") + "); corpus: " + joined(o.corpus) +
                       " (" + origin_words(o.corpus_from, "--corpus") + ")";
    if (o.as_of_from_project_file) {
        line += "; as of " + core::format_date(*o.as_of) + " (" +
                origin_words(Origin::project_file, "") + ")";
    }
    return line + "\n";
}

}  // namespace lexcheck::cli
