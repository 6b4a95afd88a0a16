import { ApiToken } from '../modules/users/api-token.entity.js';
import { Benchmark } from '../modules/benchmarks/benchmark.entity.js';
import { Branch } from '../modules/branches/branch.entity.js';
import { Environment } from '../modules/environments/environment.entity.js';
import { Executable } from '../modules/executables/executable.entity.js';
import { Project } from '../modules/projects/project.entity.js';
import { Report } from '../modules/reports/report.entity.js';
import { Result } from '../modules/results/result.entity.js';
import { Revision } from '../modules/revisions/revision.entity.js';
import { User } from '../modules/users/user.entity.js';

export const entities = [Project, Branch, Revision, Executable, Benchmark, Environment, Result, Report, User, ApiToken];
