// The source lock's comparison (cli/src/lock/source_lock.*, LANGUAGE.md §11): looking each
// quote of the inputs up among the lock's entries gives the changes the comparison of every
// current entry with the lock gave (the definition, written out below), in the same order, on
// the shipped rules and corpus (provisions and measures that quote) and a lock edited in every
// way that matters.
#include "lock/source_lock.hpp"

#include "cli_runner.hpp"
#include "inputs.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

namespace lexcheck::testing {
namespace {

using cli::lock::Entry;

/// What `changes` means: every current entry, in order, whose text differs (by its SHA-256)
/// from the first entry of the lock with the same kind, id, document and eId
std::vector<reports::SourceChange> defined_changes(const std::vector<Entry>& locked,
                                                   const std::vector<Entry>& current) {
    std::map<std::tuple<bool, std::string, std::string, std::string>, const Entry*> first;
    for (const Entry& e : locked) first.emplace(std::tuple{e.provision, e.id, e.akn, e.eid}, &e);
    std::vector<reports::SourceChange> out;
    for (const Entry& e : current) {
        auto found = first.find({e.provision, e.id, e.akn, e.eid});
        if (found == first.end() || found->second->sha256 == e.sha256) continue;
        out.push_back({e.id, e.provision, e.akn, e.eid, found->second->text, e.text, e.at});
    }
    return out;
}

std::string show(const std::vector<reports::SourceChange>& changes) {
    std::ostringstream s;
    for (const reports::SourceChange& c : changes) {
        s << (c.provision ? "provision " : "measure ") << c.id << " " << c.akn << "#" << c.eid
          << " at " << c.at.file << ":" << c.at.begin << "-" << c.at.end
          << "\n  locked: " << c.locked << "\n  current: " << c.current << "\n";
    }
    return s.str();
}

/// `e` as a lock holding another text would hold it
Entry with_text(Entry e, const std::string& text) {
    e.text = text;
    e.sha256 = "0000" + e.sha256.substr(4);
    return e;
}

TEST(SourceLock, ComparesEachQuoteWithTheLockAsEveryEntryWasCompared) {
    InFolder in_repo(LEXCHECK_SOURCE_DIR);
    cli::Options options;
    options.command = "check";
    options.rules = {"rules"};
    options.corpus = {"corpus"};
    options.no_cache = true;
    options.threads = 1;
    std::ostringstream err;
    std::unique_ptr<cli::Inputs> in = cli::load_inputs(options, err);
    ASSERT_TRUE(in) << err.str();
    const std::string lock = "lexcheck.lock";
    const std::vector<Entry> current = cli::lock::current_entries(*in, lock);
    std::size_t provisions = 0;
    for (const Entry& e : current) provisions += e.provision;
    ASSERT_GT(provisions, 3u);
    ASSERT_GT(current.size() - provisions, 3u);

    // The lock as `lexcheck lock` writes it, then: a provision's and two measures' texts
    // changed (given last and in reverse order: the changes keep the current entries' order),
    // an entry whose document and one whose eId differ (other entries: not changes), an entry
    // of no quote, a measure's entry gone, and a key held twice (the first entry counts).
    std::vector<Entry> locked = cli::lock::current_entries(*in, lock);
    EXPECT_TRUE(cli::lock::changes(locked, *in, lock).empty()) << "nothing changed";
    const std::size_t measure = 0, provision = current.size() - 1;  // measures sort first
    ASSERT_FALSE(current[measure].provision);
    ASSERT_TRUE(current[provision].provision);
    locked[5].akn = "elsewhere/" + locked[5].akn;
    locked[6].eid += "__para_9";
    locked[6] = with_text(locked[6], "changed, but another element");
    locked.erase(locked.begin() + 7);
    locked.push_back({"nobody", false, "law.akn.xml", "art_1", "00", "none", {}});
    locked.push_back(with_text(current[3], "held twice: the second is not compared"));
    locked[3] = with_text(locked[3], "Formerly: " + locked[3].text);
    locked.push_back(with_text(current[provision], "an older provision text"));
    locked.push_back(with_text(current[measure], "an older measure text"));
    locked.erase(locked.begin() + static_cast<std::ptrdiff_t>(provision - 1));
    locked.erase(locked.begin() + static_cast<std::ptrdiff_t>(measure));

    const std::vector<reports::SourceChange> expected = defined_changes(locked, current);
    ASSERT_EQ(expected.size(), 3u) << show(expected);
    const std::vector<reports::SourceChange> got = cli::lock::changes(locked, *in, lock);
    EXPECT_EQ(show(got), show(expected));
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) EXPECT_EQ(got[i].at, expected[i].at) << i;
}

}  // namespace
}  // namespace lexcheck::testing
