# Command line: rasoat assess / compare / check / standards.
cli-help-about = Training for poor and near-poor household reviews: classify a household under the multidimensional poverty standard and explain every step. Run without arguments to open the app.
cli-help-lang = Display language: vi (Vietnamese) or en (English)
cli-help-standards = Folder of corrected standard files (*.toml) to use instead of the built-in ones
cli-help-assess = Classify one household and explain every indicator
cli-help-assess-standard = Standard to apply (default: the standard for the file's review year)
cli-help-json = Print the result as JSON
cli-help-file = Household file (.toml)
cli-help-compare = Compare one household under two standards and explain the differences
cli-help-compare-from = Old standard (default: the one before the new standard)
cli-help-compare-to = New standard (default: the standard for the file's review year)
cli-help-check = Check files or folders (folders recursively)
cli-help-coverage = Print the coverage matrix: how many scenarios make each indicator deprived and not deprived, and how many give each class
cli-help-paths = Files or folders to check
cli-help-standards-cmd = List the standards and the provenance of every indicator
cli-help-standards-procedure = Print a standard's review procedure (standard id, e.g. 2022-2025): steps, who takes part, time limits, with sources and marks

cli-help-report = Summarise trainees' results files: scores, misjudged indicators, by commune and district
cli-help-report-dir = Folder (or file) of .json results
cli-help-report-csv = Also write a CSV spreadsheet (opens in Excel)
cli-help-report-scenarios = Trainers' scenarios folder (besides the built-in library)
cli-help-generate = Generate practice households from a seed (the same seed gives the same files)
cli-help-generate-seed = Seed (a whole number); written into each file
cli-help-generate-count = How many households
cli-help-generate-standard = Standard to apply (default: 2022-2025)
cli-help-generate-focus = Focus: any, boundary (income near a line, 2–3 deprivations), employment, dependents or an indicator id
cli-help-generate-out = Folder for the files (default: generated-<seed>)
cli-clap-options-placeholder = [OPTIONS]
cli-clap-command-required = <COMMAND>
cli-clap-command-placeholder = [COMMAND]
cli-value-count = COUNT
cli-value-dir = DIR
cli-value-file = FILE
cli-value-focus = FOCUS
cli-value-id = ID
cli-value-lang = LANG
cli-value-paths = PATHS
cli-value-seed = SEED
cli-progress-files = files
cli-clap-usage = Usage:
cli-clap-options = Options
cli-clap-arguments = Arguments
cli-clap-commands = Commands
cli-clap-version = Print the version
cli-clap-help = Print this help
cli-clap-help-command = Print the help of the program or of a command
cli-clap-error = Error: { $message }
cli-clap-more = For the full help, add --help to the command.
cli-clap-unknown-argument = there is no option “{ $arg }”
cli-clap-unknown-command = there is no command “{ $command }”
cli-clap-missing = a required argument is missing: { $args }
cli-clap-missing-command = no command chosen
cli-clap-invalid-value = “{ $value }” is not a valid value for { $arg }. Allowed values: { $allowed }
cli-clap-bad-value = “{ $value }” is not a valid value for { $arg }
cli-clap-conflict = { $arg } cannot be used with { $other }
cli-generate-done = Generated { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    } under { $standard } in “{ $dir }” (seed { $seed }).

cli-assess-title = { $standard } — { $file }
cli-assess-class = Result: { $class }
cli-assess-income = Income: { $income } per person per month ({ $total } a year, { $members } people)
cli-assess-decided = Decided by: { $decision }
cli-assess-deprived-heading = Deprived in { $count } of { $total } indicators:
cli-assess-not-deprived-heading = Not deprived:
cli-assess-deprived-mark = [deprived]
cli-assess-ok-mark = [met]
cli-assess-rule = Rule: { $rule }

cli-compare-title = Comparing standard { $from } with standard { $to } — { $file }
cli-compare-under = Under { $standard }: { $class } ({ $count ->
        [one] { $count } deprivation
       *[other] { $count } deprivations
    })
cli-compare-changes-heading = What changes for this household:
cli-compare-no-changes = Nothing changes for this household.
cli-compare-rules-heading = What changed in the rules:

cli-check-ok = { $file }: valid
cli-check-village-year = { $place }: warning: household “{ $scenario }” is a scenario of review year { $year }, not the village's review year ({ $village_year }); its ages, retirement age and rules stay those of { $year }. Choose scenarios of the same year, or, if the village mixes years on purpose, write mixed_years = true in [village].
cli-check-summary = Checked { $total ->
        [one] { $total } file
       *[other] { $total } files
    }: { $valid } valid, { $invalid } with errors.

cli-standards-title = { $id } — { $name }
cli-standards-basis = Legal basis: { $basis }
cli-standards-years = Default for review years { $from }–{ $to }
cli-standards-first-year = Review year { $year }: only the periodic review at the end of the year (lists for { $next }) applies this standard; regular reviews during { $year } still apply the previous standard
cli-standards-lines = { $area } areas: poverty line { $poverty }; { $has_near ->
        [yes] near-poverty line { $near }
       *[no] no separate near-poverty line
    } (per person per month)
cli-standards-average = { $area } areas: households of average living standard have income up to { $upper } per person per month
cli-standards-low-income = Low-income workers: a worker in a household that is neither poor nor near-poor, with income per person per month up to { $rural } in rural areas and { $urban } in urban areas; identified by the same procedure as farming households of average living standard; not practised in the program
cli-standards-average-unknown = { $area } areas: average living standard: no checked information
cli-standards-procedure = Review procedure:
cli-standards-rule-income-alone = Rule: income not above the poverty line makes a household poor; between the two lines, { $cutoff } or more deprivations make it poor, fewer make it near-poor.
cli-standards-rule-income-and-deprivations = Rule: income not above the line with { $cutoff } or more deprivations makes a household poor; with fewer, near-poor.
cli-standards-provisional = The indicator list of this standard is provisional — not yet checked against the official text.
cli-standards-indicator = [{ $tag }] { $id } — { $name } ({ $service }) — { $source }

cli-error-read = Cannot read “{ $file }”: { $reason }
cli-error-not-utf8 = { $file }:{ $line }:{ $column }: the file is not UTF-8 text (save it again as UTF-8)
cli-error-not-a-file = “{ $file }” is a folder, not a file
cli-error-not-regular = “{ $file }” is not a regular file (a pipe, a device…): not read
cli-error-not-a-folder = “{ $path }” is a file, not a folder: give a folder (it may not exist yet) to write the files into
cli-error-too-large = “{ $file }” is larger than { $mb } MB: too large to be one of the program's files, not read
cli-error-unknown-standard = There is no standard “{ $id }”. Known standards: { $known }
cli-error-no-standard-for-year = No standard applies by default to review year { $year }; choose one with --standard
cli-error-no-previous = Standard “{ $id }” has no earlier standard to compare with; choose one with --from
cli-error-no-files = No .toml file found in “{ $path }”

cli-coverage-title = { $standard }: { $count ->
        [one] { $count } scenario
       *[other] { $count } scenarios
    }
cli-coverage-indicators-heading = Indicators (deprived / not deprived):
cli-coverage-indicator = { $name }: { $deprived } / { $not_deprived }
cli-coverage-classes-heading = Classes:
cli-coverage-class = { $class }: { $count }
cli-error-unknown-focus = There is no focus “{ $focus }”. Allowed: { $allowed }
cli-error-write = Cannot write “{ $file }”: { $reason }
cli-error-overwrite-input = “{ $file }” is one of the results files being summarised: not overwritten; choose another name for the spreadsheet
cli-help-village = Open the village simulation: visit each household, ask and look to find the evidence, fill the form and get the verdict
cli-help-village-file = A trainer's village file (.toml)
cli-help-village-builtin = The id of a built-in village (see --list)
cli-help-village-seed = Make a village from a set code (a whole number)
cli-help-village-standard = The standard the village's households are reviewed under (default: the village file's)
cli-help-village-exam = Exam mode: less time, and no count of what is still to verify
cli-help-village-results = The results file to record the visits in (default: the session in progress in the app)
cli-help-village-list = List the built-in villages
cli-village-list-line = { $id }: { $name } — { $place } (standard { $standard })
cli-error-no-graphics = The village cannot open: this computer has no graphics driver (Vulkan, DirectX 12 or Metal). Install the display card's driver and try again. Details: { $reason }
cli-error-village-program = Could not run { $program } to open the village simulation ({ $program } must be in the same folder as this program). Details: { $reason }
cli-error-no-village-window = This program cannot open the village window.
cli-error-unknown-village = There is no village “{ $id }”. The built-in villages: { $known }
cli-help-serve = Run the live classroom server: trainees join with a class code, and their answers reach the trainer's console as they are given
cli-help-serve-addr = Address and port to listen on (default 127.0.0.1:8080; use 0.0.0.0:8080 so that other computers on the network can reach it)
cli-help-serve-database = Database: postgres://… for a province (default: an SQLite file in the program's data folder)
cli-help-class = A live class on a server: open one, take its results home
cli-help-class-new = Open a class: prints the class code to read to the trainees and the trainer key (shown only once)
cli-help-class-export = Take a class's results into a folder (one results file per trainee, read by rasoat report)
cli-help-class-server = The class server's address, for example http://192.168.1.10:8080
cli-help-class-standard = The class's poverty standard
cli-help-class-mode = practice (scores shown at once) or exam (scores shown once the trainer releases them)
cli-help-class-set = The trainer's set file (default: every scenario of the standard in the library)
cli-help-class-time-limit = Time allowed, for example 45m or 1h30m
cli-help-class-title = The class name trainees see
cli-help-class-code = The class code (6 characters)
cli-help-class-key = The class's trainer key
cli-help-class-csv = Also write every scored answer to this CSV file
cli-help-class-dir = The folder to write the results files in
cli-value-address = ADDRESS
cli-value-url = URL
cli-value-time = TIME
cli-value-text = TEXT
cli-value-code = CODE
cli-value-key = KEY
cli-serve-running = The class server is running at { $address } (database: { $database }). Press Ctrl+C to stop.
cli-help-serve-web = The folder of the browser build (default: a web folder beside the program, or web/dist)
cli-serve-web = Trainees open { $address } in a browser (web build: { $folder }).
cli-serve-no-web = No browser build here: trainees join from the desktop program. To have one, run web/build in the source folder.
cli-serve-stopping = Stopping the class server…
cli-serve-failed = The class server could not run: { $reason }
cli-class-bad-time = The time “{ $value }” cannot be read. Write minutes (45), or 45m, 1h30m.
cli-class-opened = Opened a class of { $count ->
    [one] 1 scenario
   *[other] { $count } scenarios
} on { $server }. Class code (read it to the trainees): { $code }
cli-class-key = Trainer key (shown only now; needed to start, pause and close the class and to watch the console): { $key }
cli-class-exported = Wrote { $count ->
    [one] 1 results file
   *[other] { $count } results files
} to { $dir }.
