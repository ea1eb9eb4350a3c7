/// The Kubernetes form of a sharded job (docs/slurm.md): an Indexed Job whose pod with
/// completion index I runs `benkang ARGS --shard I/N`, and a merge Job to apply once it
/// completes. Paths are relative to the working directory `/work`, a shared volume.
struct KubernetesManifest {
    var name: String
    var arguments: [String]
    var tasks: Int
    /// The shard folder and merged output, relative to /work.
    var shards: String
    var out: String
    var image: String
    var claim: String
    var cpusPerTask: Int?
    var memory: String?
    var parallelism: Int?

    /// A YAML double-quoted string.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// The container's resource requests (10-space indented lines), or nothing.
    func resources() -> String {
        var requests: [String] = []
        if let cpusPerTask { requests.append("              cpu: \"\(cpusPerTask)\"") }
        if let memory { requests.append("              memory: \(Self.quoted(memory))") }
        guard !requests.isEmpty else { return "" }
        return "\n          resources:\n            requests:\n" + requests.joined(separator: "\n")
    }

    func pod(command: String) -> String {
        """
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: benkang
                  image: \(Self.quoted(image))
                  workingDir: /work
                  command: ["/bin/sh", "-c", \(Self.quoted(command))]\(resources())
                  volumeMounts:
                    - name: work
                      mountPath: /work
              volumes:
                - name: work
                  persistentVolumeClaim:
                    claimName: \(Self.quoted(claim))
        """
    }

    var job: String {
        let args = arguments.map(SlurmScripts.quote).joined(separator: " ")
        let threads = arguments.contains { $0 == "--threads" || $0.hasPrefix("--threads=") } ? "" : " --threads \(cpusPerTask ?? 1)"
        let command = "exec benkang \(args) --shard \"$JOB_COMPLETION_INDEX/\(tasks)\" --out \(SlurmScripts.quote(shards))\(threads)"
        return """
        # Written by `benkang slurm --kubernetes` (docs/slurm.md): \(tasks) indexed pods; pod I runs
        # `benkang \(arguments.joined(separator: " ")) --shard I/\(tasks)`. Apply, wait, then apply the merge:
        #   kubectl apply -f job.yaml
        #   kubectl wait --for=condition=complete --timeout=-1s job/\(name)
        #   kubectl apply -f merge-job.yaml
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(name)
          labels:
            app.kubernetes.io/name: benkang
        spec:
          completionMode: Indexed
          completions: \(tasks)
          parallelism: \(parallelism ?? tasks)
          backoffLimitPerIndex: 1
          maxFailedIndexes: \(tasks)
        \(pod(command: command))

        """
    }

    var mergeJob: String {
        let command = "exec benkang merge \(SlurmScripts.quote(shards)) --out \(SlurmScripts.quote(out))"
        return """
        # Written by `benkang slurm --kubernetes` (docs/slurm.md): merges the \(tasks) shards of job/\(name)
        # into \(out); apply once job/\(name) is complete.
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: \(name)-merge
          labels:
            app.kubernetes.io/name: benkang
        spec:
          backoffLimit: 0
        \(pod(command: command))

        """
    }
}
