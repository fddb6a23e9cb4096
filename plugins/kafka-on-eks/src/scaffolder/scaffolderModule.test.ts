import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  kafkaClusterChangeFormFieldExtension,
  kafkaKubernetesVersionFormFieldExtension,
  kafkaOnEksScaffolderModule,
  kafkaSizingAssistantFormFieldExtension,
} from './scaffolderModule';

describe('kafkaOnEksScaffolderModule', () => {
  it("is a module of the scaffolder plugin, so it reaches the scaffolder's form fields", () => {
    expect(kafkaOnEksScaffolderModule).toMatchObject({
      $$type: '@backstage/FrontendModule',
      pluginId: 'scaffolder',
    });
  });

  it('loads the KafkaSizingAssistant form field lazily', async () => {
    const tester = createExtensionTester(
      kafkaSizingAssistantFormFieldExtension,
    );
    const load = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
    const field = await load();
    expect(field.$$type).toBe('@backstage/scaffolder/FormField');
  });

  it('loads the KafkaKubernetesVersionPicker form field lazily', async () => {
    const tester = createExtensionTester(
      kafkaKubernetesVersionFormFieldExtension,
    );
    const load = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
    const field = await load();
    expect(field.$$type).toBe('@backstage/scaffolder/FormField');
  });

  it('loads the KafkaClusterChange form field lazily', async () => {
    const tester = createExtensionTester(kafkaClusterChangeFormFieldExtension);
    const load = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
    const field = await load();
    expect(field.$$type).toBe('@backstage/scaffolder/FormField');
  });
});
