#include "command.hpp"

namespace lexcheck::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        check_command(),   test_command(),      lint_command(),   fmt_command(),
        explain_command(), scaffold_command(),  impact_command(), diff_command(),
        lock_command(),    conflicts_command(), lsp_command(),    history_command(),
        report_command(),  replay_command(),
    };
    return all;
}

}  // namespace lexcheck::cli
