# The live classroom: server errors (sent to the app in the language the user chose).
server-error-bad-request = The request is not in the expected form. Update the program and try again.
server-error-too-large = The request is too large.
server-error-old-client = Your program is older than the class server. Install the new version and join again.
server-error-unknown-class = There is no class with this code. Check the class code (6 characters).
server-error-unauthorized = You have not joined this class, or the session is no longer valid. Join again with the class code.
server-error-forbidden = Only the trainer (with the class's trainer key) can do this.
server-error-not-found = Not found.
server-error-not-started = The class has not started. Wait for the trainer to start it.
server-error-paused = The trainer has paused the class. Your answer is kept and will be sent when the class resumes.
server-error-closed = The class is over; no more answers are taken.
server-error-time-up = The time is up; no more answers are taken.
server-error-unknown-scenario = This scenario is not part of the class.
server-error-scenario-changed = The scenario differs from the server's copy. Join the class again to get the new one.
server-error-already-answered = An exam takes one answer per scenario; this scenario has been answered.
server-error-unknown-indicator = The answer marks an indicator the class's poverty standard does not have.
server-error-incomplete-trainee = A full name and a commune are needed to join a class.
server-error-too-many = Too many attempts. Wait a minute and try again.
server-error-bad-class = The class could not be opened: { $reason }
server-error-unknown-standard = There is no poverty standard “{ $standard }”.
server-error-wrong-standard = Scenario “{ $scenario }” uses the { $found } standard; the class uses { $standard }.
server-error-no-scenarios = A class needs at least one scenario.
server-error-bad-phase = This cannot be done while the class is in its present state.
server-error-reason-needed = Give a reason (it is kept in the class's log).
server-error-internal = The server met an error. The answer is not stored yet; the program will send it again later.
classroom-unreachable = The class server { $server } cannot be reached. Check the address and the network, then try again. (Details: { $reason })
classroom-garbled = The server { $server } does not answer as a rasoat class server. Check the address.

# The class console (trainer): the same for a live class and for results imported from files.
console-joined = joined
console-answering = answering
console-waiting = no answer yet
console-idle = silent for over 3 minutes
console-finished = finished
console-answers = answers
console-mean = mean score
console-none-yet = No indicator has been misjudged yet.
console-indicators-heading = Indicators most often misjudged
console-indicator-line = { $name }: wrong { $wrong } of { $cases } times — { $typical }
console-typical-missed = usually missed when the household is deprived ({ $count } times)
console-typical-false = usually marked deprived when the household is not ({ $count } times)
console-classes-heading = Common classification mistakes
console-class-line = “{ $given }” chosen where “{ $correct }” is right: { $count } times
console-no-class = (none chosen)
console-communes = Communes, weakest first
console-districts = Districts, weakest first
console-place = Place
console-place-trainees = Trainees
console-place-score = Score
console-more-places = … and { $count } more places
console-scenarios-heading = Each scenario
console-scenarios-help = Facility: the scenario's mean score. Discrimination: how well the scenario tells stronger trainees from weaker ones (below 20 is weak; needs at least 5 trainees).
console-scenario = Scenario
console-answered = Answers
console-facility = Facility
console-class-right = Right class
console-discrimination = Discrimination
console-discrimination-weak = { $value } (weak)
console-histogram-heading = Trainees' scores
console-histogram-axis = Trainees by score band (%), counting those with at least one answer.
console-trainees-heading = Trainees (longest silent first)
console-trainee = Name
console-status = Status
console-done = Done
console-score = Score
console-status-idle = silent { $minutes } min
console-status-waiting = no answer yet
console-status-answering = answering
console-status-finished = finished
console-more-trainees = … and { $count } more trainees (answering normally).

# App: a trainee joins a class.
home-class-heading = Live class
home-class-help = When the trainer opens a class and reads out its code, join it here. Answers are saved on this computer first, then sent to the class server.
home-class-join = Join a class
join-title = Join a class
join-intro = Enter the server's address and the class code the trainer reads out (6 characters). You join with the name and workplace below; joining again from another computer with the same name keeps the answers already given.
join-as = Trainee: { $name } — { $place }
join-server = Class server
join-code = Class code
join-button = Join
join-joining = Connecting to the server…
join-no-server = Enter the class server's address (the trainer gives it).
join-bad-code = A class code has 6 characters (letters and digits), for example K7M4QX.
class-strip-code = Class { $code }
class-strip-time-left = { $minutes } min left
class-strip-sent = { $count ->
    [one] 1 answer sent
   *[other] { $count } answers sent
}
class-strip-sent-receipt = { $count ->
    [one] 1 answer sent
   *[other] { $count } answers sent
} (last receipt: { $receipt })
class-strip-waiting = { $count ->
    [one] 1 waiting to be sent
   *[other] { $count } waiting to be sent
}
class-strip-refused = The server did not take an answer: { $message }
class-offline = The class server cannot be reached yet. Your answers are saved on this computer and will be sent when the connection is back; carry on.
class-phase-lobby = waiting for the trainer to start
class-phase-running = in progress
class-phase-paused = paused by the trainer
class-phase-closed = over
class-lobby-title = Waiting for the class to start
class-lobby-text = You are in the class. When the trainer starts it, the first scenario opens by itself.
class-results-title = Handed in
class-results-text = Scores appear when the trainer releases the results. The receipt of each answer:
class-receipt-line = { $scenario }: receipt { $receipt }

# App: the trainer opens a class and watches it.
dashboard-live-class = Live class: open and watch
dashboard-details = Detailed tables (each trainee, indicator, place, scenario)
trainer-title = Live class
trainer-intro = Open a class on the server (the rasoat serve command), read its code to the trainees, then watch the console: answers appear as trainees hand them in.
trainer-open-heading = Open a new class
trainer-open-standard = The class holds every scenario of the chosen standard: { $standard }
trainer-class-title = Class name
trainer-mode = Kind
trainer-minutes = Time allowed (minutes)
trainer-open = Open the class
trainer-opened-code = Class code: { $code }
trainer-opened-key = Trainer key (shown only now, write it down): { $key }
trainer-watch-heading = Watch a class
trainer-key = Trainer key
trainer-watch = Watch
trainer-reason = Reason (kept in the class's log)
trainer-extra-minutes = Extra minutes
trainer-start = Start
trainer-pause = Pause
trainer-resume = Resume
trainer-extend = More time for the whole class
trainer-close = Close the class
trainer-release = Release the scores
trainer-state = The class is { $state }.
trainer-export-dir = Folder for the results
trainer-export = Take the results home
trainer-exported = Wrote { $count ->
    [one] 1 results file
   *[other] { $count } results files
} and the CSV file to { $dir }.
trainer-back = Back to the console
trainer-answer-class = Class: “{ $given }” chosen, “{ $correct }” is right
trainer-answer-missed = Deprivation missed: { $name }
trainer-answer-false-mark = Deprivation marked wrongly: { $name }
trainer-answer-receipt = Receipt { $receipt }
class-strip-records = The server holds { $visits ->
    [one] 1 household visit
   *[other] { $visits } household visits
} and { $campaigns ->
    [one] 1 review campaign
   *[other] { $campaigns } review campaigns
} from the village
trainer-other-class = Open or watch another class
console-class-none-line = No class chosen where “{ $correct }” is right: { $count } times
trainer-extend-one = { $minutes } more minutes for this trainee
web-not-built-title = No browser build yet
web-not-built-body = This class server is running, but its browser build has not been made. Trainees can still join from the desktop program. An administrator makes the web build with the command below in the source folder, then restarts the server.
web-no-folders = A browser cannot save into a folder: use the desktop program.
web-page-title = rasoat — Training for the review of poor and near-poor households
web-page-loading = Loading the program…
web-no-graphics-title = This browser cannot draw the program
web-no-graphics-body = The program needs a browser with WebGL2 (a recent Chrome, Edge or Firefox, with graphics acceleration on). Open the page again in such a browser, or use the rasoat program installed on a computer.
web-no-script = This page needs JavaScript. Turn JavaScript on, or use the rasoat program installed on a computer.
