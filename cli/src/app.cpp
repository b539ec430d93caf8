#include "app.hpp"

#include "command_line.hpp"
#include "input_paths.hpp"
#include "project/project_file.hpp"

#include <filesystem>
#include <iostream>

namespace lexcheck::cli {

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Options options;
    Invocation invocation = parse_command_line(args, options, out, err);
    if (!invocation.command) return invocation.status;
    if (invocation.loads_inputs) {
        std::optional<project::ProjectFile> project;
        std::error_code ec;
        if (std::filesystem::exists(project::kProjectFileName, ec)) {
            project = project::load_project_file(project::kProjectFileName, err);
            if (!project) return kExitInputError;
            if (!invocation.takes_as_of) project->as_of.reset();
        }
        settle_input_paths(options, project ? &*project : nullptr);
        err << describe_input_paths(options);
    }
    return invocation.command->run(options, out, err);
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return run(args, std::cout, std::cerr);
}

}  // namespace lexcheck::cli
