#include "app.hpp"

int main(int argc, char** argv) {
    return lexcheck::cli::run(argc, argv);
}
