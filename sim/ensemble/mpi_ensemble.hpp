/* `mpirun -n R gwsim ensemble ... --mpi`: rank 0 opens the one results.sqlite, hands out blocks of the missing
 * replicas to the other ranks as they ask, and commits what they send back; each rank simulates its block in forked
 * children (`--jobs` at a time, default 1 per rank) as on one machine. Built when CMake finds MPI (GWSIM_MPI); a
 * gwsim built without it says so (exit 2). docs/cluster.md. */
#ifndef GWSIM_SIM_ENSEMBLE_MPI_ENSEMBLE_HPP
#define GWSIM_SIM_ENSEMBLE_MPI_ENSEMBLE_HPP

#include "sim/ensemble/ensemble_run.hpp"

namespace gwsim {

/** @brief True when this gwsim was built with MPI. */
bool mpi_available();

/** @brief Runs the ensemble of `args` on the ranks of MPI_COMM_WORLD (alone when there is one rank); returns the
 * exit code on every rank. */
int run_ensemble_mpi(const EnsembleArguments& args);

} // namespace gwsim

#endif
