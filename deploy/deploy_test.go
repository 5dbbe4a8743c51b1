// Package deploy holds the deployment files the README shows: systemd
// units and a Kubernetes CronJob. Its test checks them.
package deploy

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"sigs.k8s.io/yaml"
)

// TestSystemdUnits runs systemd-analyze verify on the units, where it
// exists, with the commands they start standing in a temporary folder for
// /usr/local/bin.
func TestSystemdUnits(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("no systemd-analyze")
	}
	units, err := filepath.Glob(filepath.Join("systemd", "*"))
	if err != nil || len(units) == 0 {
		t.Fatalf("no units: %v", err)
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"crawl", "extract", "serve"} {
		if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\nexit 0\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var args []string
	for _, u := range units {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(b), "/usr/local/bin/", bin+"/")
		out := filepath.Join(dir, filepath.Base(u))
		if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, out)
	}
	cmd := exec.Command(analyze, append([]string{"verify", "--man=no"}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
}

// cronJob is the part of a batch/v1 CronJob the manifest uses; decoding it
// strictly refuses a misspelt or misplaced field.
type cronJob struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Metadata   struct {
		Name string `json:"name"`
	} `json:"metadata"`
	Spec struct {
		Schedule                   string `json:"schedule"`
		ConcurrencyPolicy          string `json:"concurrencyPolicy"`
		StartingDeadlineSeconds    int    `json:"startingDeadlineSeconds"`
		SuccessfulJobsHistoryLimit int    `json:"successfulJobsHistoryLimit"`
		FailedJobsHistoryLimit     int    `json:"failedJobsHistoryLimit"`
		JobTemplate                struct {
			Spec struct {
				BackoffLimit          *int `json:"backoffLimit"`
				ActiveDeadlineSeconds int  `json:"activeDeadlineSeconds"`
				Template              struct {
					Spec podSpec `json:"spec"`
				} `json:"template"`
			} `json:"spec"`
		} `json:"jobTemplate"`
	} `json:"spec"`
}

type podSpec struct {
	RestartPolicy                 string `json:"restartPolicy"`
	TerminationGracePeriodSeconds int    `json:"terminationGracePeriodSeconds"`
	SecurityContext               struct {
		RunAsNonRoot bool `json:"runAsNonRoot"`
		RunAsUser    int  `json:"runAsUser"`
		RunAsGroup   int  `json:"runAsGroup"`
		FSGroup      int  `json:"fsGroup"`
	} `json:"securityContext"`
	Containers []struct {
		Name      string   `json:"name"`
		Image     string   `json:"image"`
		Command   []string `json:"command"`
		Args      []string `json:"args"`
		Resources struct {
			Requests map[string]string `json:"requests"`
			Limits   map[string]string `json:"limits"`
		} `json:"resources"`
		VolumeMounts []struct {
			Name      string `json:"name"`
			MountPath string `json:"mountPath"`
			ReadOnly  bool   `json:"readOnly"`
		} `json:"volumeMounts"`
	} `json:"containers"`
	Volumes []struct {
		Name                  string `json:"name"`
		PersistentVolumeClaim *struct {
			ClaimName string `json:"claimName"`
		} `json:"persistentVolumeClaim"`
		ConfigMap *struct {
			Name string `json:"name"`
		} `json:"configMap"`
	} `json:"volumes"`
}

// TestCronJob decodes the manifest strictly and checks what the README
// promises of it.
func TestCronJob(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("kubernetes", "cronjob.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var cj cronJob
	if err := yaml.UnmarshalStrict(b, &cj); err != nil {
		t.Fatalf("cronjob.yaml: %v", err)
	}
	spec := cj.Spec.JobTemplate.Spec
	pod := spec.Template.Spec
	switch {
	case cj.APIVersion != "batch/v1" || cj.Kind != "CronJob":
		t.Errorf("apiVersion %q kind %q, want batch/v1 CronJob", cj.APIVersion, cj.Kind)
	case cj.Spec.ConcurrencyPolicy != "Forbid":
		t.Errorf("concurrencyPolicy %q, want Forbid", cj.Spec.ConcurrencyPolicy)
	case spec.BackoffLimit == nil || *spec.BackoffLimit != 0:
		t.Error("backoffLimit must be 0: the next schedule is the retry")
	case spec.ActiveDeadlineSeconds <= 25*60:
		t.Errorf("activeDeadlineSeconds %d must exceed crawl's -timeout 25m", spec.ActiveDeadlineSeconds)
	case pod.RestartPolicy != "Never" || len(pod.Containers) != 1:
		t.Errorf("restartPolicy %q, %d containers; want Never and one", pod.RestartPolicy, len(pod.Containers))
	case !strings.Contains(strings.Join(pod.Containers[0].Args, " "), "-timeout 25m"):
		t.Error("the container does not run crawl with -timeout 25m")
	}
	mounts := map[string]bool{}
	for _, v := range pod.Volumes {
		mounts[v.Name] = true
	}
	for _, m := range pod.Containers[0].VolumeMounts {
		if !mounts[m.Name] {
			t.Errorf("volumeMount %q has no volume", m.Name)
		}
	}
}
