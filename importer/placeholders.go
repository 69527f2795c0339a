package importer

import (
	"strconv"
	"strings"

	"github.com/stepwise-go/stepwise/jsontree"
)

// maxPlaceholders bounds how many placeholder locations an Error lists.
const maxPlaceholders = 5

// placeholders returns the JSON pointers of the first string values in
// data that hold a deploy-time placeholder: "${…}" as CloudFormation's
// DefinitionSubstitutions or Fn::Sub write them
// (arn:${AWS::Partition}:states:::lambda:invoke, ${LambdaArn}). The
// validator cannot know what they stand for, so it passes them, and an
// import that then fails is most likely stopped by one of them.
func placeholders(data []byte) []string {
	root, err := jsontree.Parse(data)
	if err != nil {
		return nil
	}
	var found []string
	var walk func(v *jsontree.Value, at string)
	walk = func(v *jsontree.Value, at string) {
		if len(found) >= maxPlaceholders {
			return
		}
		switch v.Kind {
		case jsontree.String:
			if strings.Contains(v.Text, "${") {
				found = append(found, at)
			}
		case jsontree.Object:
			for _, m := range v.Members {
				walk(m.Value, at+"/"+escapePointer(m.Key))
			}
		case jsontree.Array:
			for i, it := range v.Items {
				walk(it, at+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(root, "")
	return found
}

// escapePointer escapes a key for a JSON pointer (RFC 6901).
func escapePointer(k string) string {
	return strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1")
}

// placeholderNote explains, for an Error's text, that the definition
// holds placeholders and where.
func placeholderNote(at []string) string {
	if len(at) == 0 {
		return ""
	}
	list := make([]string, len(at))
	for i, p := range at {
		list[i] = pointer(p)
	}
	more := ""
	if len(at) >= maxPlaceholders {
		more = " …"
	}
	return "the definition holds deploy-time placeholders such as ${AWS::Partition} (CloudFormation DefinitionSubstitutions) at " +
		strings.Join(list, ", ") + more + "; stepwise cannot know what they stand for, and they are the likely obstacle: " +
		"substitute real values (arn:aws:…) and import again\n"
}
