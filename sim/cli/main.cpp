#include "sim/cli/cli.hpp"

int main(int argc, char** argv)
{
  return gwsim::run_cli(argc, argv);
}
