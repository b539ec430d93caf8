// Writing the report (cli/src/output_file.cpp) and hashing it as it is written
// (cli/src/hashing_stream.hpp, on a thread of its own: background_sha256.hpp): the digest is
// that of the bytes that reached the file, and
// an interrupted write leaves no temporary file.
#include "output_file.hpp"

#include "background_sha256.hpp"
#include "cli_runner.hpp"
#include "hashing_stream.hpp"

#include "lexcheck/core/sha256.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

namespace lexcheck::cli {
namespace {

/// Writes pieces of every size: single characters, formatted numbers, pieces around the
/// buffer's size and a block of several megabytes (as the JSON reporter writes them)
void write_pieces(std::ostream& o) {
    for (int i = 0; i < 1000; ++i) o << static_cast<char>('a' + i % 26) << i << '\n';
    for (std::size_t size : {1u, 63u, 64u, 65u, 65535u, 65536u, 65537u, 100000u}) {
        std::string piece(size, static_cast<char>('A' + size % 26));
        o.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        o << "|";
    }
    std::string block(3u << 20, 'x');
    for (std::size_t i = 0; i < block.size(); i += 4099) block[i] = static_cast<char>(i);
    o << block << "end\n";
}

TEST(HashingStream, DigestIsThatOfTheBytesWritten) {
    std::ostringstream target;
    std::string digest = write_hashed(target, write_pieces);
    EXPECT_TRUE(target.good());
    std::ostringstream direct;
    write_pieces(direct);
    ASSERT_EQ(target.str(), direct.str());  // passes every byte on, in order
    EXPECT_EQ(digest, core::sha256_hex(direct.str()));
}

// The thread hashes the chunks in order: the digest is core::Sha256's, for nothing, for pieces
// that straddle chunks, and for more chunks than may wait at once (update() then waits)
TEST(BackgroundSha256, DigestIsThatOfTheBytesGivenInOrder) {
    EXPECT_EQ(BackgroundSha256().hex(), core::sha256_hex(""));
    std::string all;
    BackgroundSha256 sha;
    for (std::size_t i = 0; all.size() < (9u << 20); ++i) {
        std::string piece((i * 7919) % 300000 + 1, static_cast<char>('a' + i % 26));
        piece[0] = static_cast<char>(i);
        sha.update(piece);
        all += piece;
    }
    EXPECT_EQ(sha.hex(), core::sha256_hex(all));
    BackgroundSha256 abandoned;  // destroyed without hex(), as when writing fails: no hang
    abandoned.update(all);
}

// The chunks are reused once hashed, and small: hashing a report touches at most 1.5 MB of
// fresh memory however far the writer gets ahead (1 MB chunks were up to 6 MB: ~1,500 page
// faults of a recorded run; docs/performance.md)
TEST(BackgroundSha256, ChunksInUseStayWithinOneAndAHalfMegabytes) {
    BackgroundSha256 sha;
    std::string piece(100000, 'x');
    for (int i = 0; i < 300; ++i) sha.update(piece);  // 30 MB, faster than it is hashed
    EXPECT_LE(sha.chunk_memory(), std::size_t{3} << 19);
    EXPECT_EQ(sha.hex().size(), 64u);
}

/// A target that takes `room` bytes, then no more (a full disk)
class FullDisk : public std::streambuf {
public:
    explicit FullDisk(std::size_t room) : room_(room) {}
    std::string taken;

protected:
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        std::size_t take = std::min(room_ - taken.size(), static_cast<std::size_t>(n));
        taken.append(s, take);
        return static_cast<std::streamsize>(take);
    }
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

private:
    std::size_t room_;
};

TEST(HashingStream, TargetThatTakesTooLittleFailsTheStream) {
    for (std::size_t room : {std::size_t{10}, std::size_t{70000}, std::size_t{2} << 20}) {
        FullDisk disk(room);
        std::ostream target(&disk);
        std::string digest = write_hashed(target, write_pieces);
        EXPECT_TRUE(target.bad()) << room;  // so the report counts as not written
        EXPECT_EQ(disk.taken.size(), room);
        EXPECT_EQ(digest, core::sha256_hex(disk.taken)) << room;
    }
}

// `written` runs once the report is whole and before it replaces the file that was there
// (check --record records the run then): the file still holds the old report at that moment
TEST(OutputFile, WrittenRunsBeforeTheReportReplacesTheOldOne) {
    testing::TempDir dir("output");
    std::string report = dir.str() + "/report.txt";
    std::ofstream(report) << "old";
    std::string seen;
    int calls = 0;
    std::string problem = write_output(
        report, [](std::ostream& o) { o << "new"; },
        [&] {
            ++calls;
            std::ifstream in(report);
            std::getline(in, seen);
        });
    EXPECT_EQ(problem, "");
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(seen, "old");
    std::ifstream in(report);
    std::string now;
    std::getline(in, now);
    EXPECT_EQ(now, "new");
}

// Not when the report could not be written, and a report it made impossible to place is
// still an error (the temporary file removed)
TEST(OutputFile, WrittenDoesNotRunForAReportNotWritten) {
    testing::TempDir dir("output");
    int calls = 0;
    std::string missing = write_output(
        dir.str() + "/no/such/folder/report.txt", [](std::ostream& o) { o << "x"; },
        [&] { ++calls; });
    EXPECT_NE(missing, "");
    EXPECT_EQ(calls, 0);
    std::string report = dir.str() + "/report.txt";
    std::string blocked = write_output(
        report, [](std::ostream& o) { o << "x"; },
        [&] {
            ++calls;
            std::filesystem::create_directories(report + "/taken");
        });
    EXPECT_EQ(calls, 1);
    EXPECT_NE(blocked.find("cannot replace `" + report + "`"), std::string::npos) << blocked;
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++entries;
    EXPECT_EQ(entries, 1u);  // the folder made in the way, no temporary file
}

// A device that takes nothing (written directly, never replaced): the error names it, and
// nothing is recorded for a report that was not written
TEST(OutputFile, ADeviceThatTakesNothingIsAnErrorAndWrittenDoesNotRun) {
    if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
    int calls = 0;
    std::string problem = write_output(
        "/dev/full", [](std::ostream& o) { o << std::string(1 << 16, 'x'); }, [&] { ++calls; });
    EXPECT_EQ(problem, "cannot write to `/dev/full`");
    EXPECT_EQ(calls, 0);
}

// An exception while the report is written, or from `written` (the recording), goes on to the
// caller, and the temporary file goes: nothing half-written is left
TEST(OutputFile, AnExceptionLeavesNoTemporaryFile) {
    testing::TempDir dir("output");
    std::string report = dir.str() + "/report.txt";
    auto no_files = [&] {
        return std::filesystem::directory_iterator(dir.path()) ==
               std::filesystem::directory_iterator();
    };
    EXPECT_THROW(write_output(report,
                              [](std::ostream& o) {
                                  o << "half";
                                  throw std::runtime_error("rendering failed");
                              }),
                 std::runtime_error);
    EXPECT_TRUE(no_files());
    EXPECT_THROW(write_output(
                     report, [](std::ostream& o) { o << "whole"; },
                     [] { throw std::runtime_error("recording failed"); }),
                 std::runtime_error);
    EXPECT_TRUE(no_files());
}

/// The temporary files write_output left in `dir`
std::vector<std::string> leftovers(const std::filesystem::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        names.push_back(e.path().filename().string());
    return names;
}

// Ctrl-C (SIGINT) or `kill` (SIGTERM) while the report is being written: the process ends by
// the signal, and neither the report nor its temporary file is left.
TEST(OutputFile, SignalWhileWritingLeavesNoTemporaryFile) {
    for (int sig : {SIGINT, SIGTERM}) {
        testing::TempDir dir("output");
        std::string report = dir.str() + "/report.json";
        pid_t pid = ::fork();
        if (pid == 0) {
            write_output(report, [&](std::ostream& o) {
                write_pieces(o);
                o.flush();
                std::raise(sig);
            });
            std::_Exit(0);
        }
        int status = 0;
        ASSERT_EQ(::waitpid(pid, &status, 0), pid);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == sig) << sig;
        EXPECT_EQ(leftovers(dir.path()), std::vector<std::string>{}) << sig;
    }
}

}  // namespace
}  // namespace lexcheck::cli
