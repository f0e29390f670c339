// How scripts see an ErrorRecord: $_.Exception.Message, $_.FullyQualifiedErrorId, $_.CategoryInfo, $_.InvocationInfo.
import { ErrorRecord } from '../../errors/error-record.js';
import { PSObject } from '../../values/ps-object.js';
import { positionMessage } from '../../format/error-view.js';
import { invocationInfoView } from './invocation-info-view.js';

const views = new WeakMap<ErrorRecord, PSObject>();

function exceptionChain(typeName: string): string[] {
  const chain = [typeName];
  if (typeName === 'System.Management.Automation.ActionPreferenceStopException')
    chain.push('System.Management.Automation.RuntimeException');
  if (typeName !== 'System.Exception') chain.push('System.SystemException', 'System.Exception');
  chain.push('System.Object');
  return chain;
}

/** `$_.Exception.InnerException`: what a MethodInvocationException (or a RuntimeException around 1/0) wraps. */
function innerExceptionView(record: ErrorRecord): PSObject | null {
  const { innerTypeName, innerMessage } = record.exception;
  if (!innerTypeName) return null;
  return new PSObject({
    isTypeView: true,
    typeNames: exceptionChain(innerTypeName),
    properties: [
      ['Message', innerMessage ?? ''],
      ['InnerException', null],
      ['HResult', -2146233087],
    ],
  });
}

/** `$_.InvocationInfo.MyCommand`: the command's name as its text, with `.Name` (scripts log `MyCommand.Name`). */
function commandInfoView(name: string | undefined): PSObject | null {
  if (!name) return null;
  return new PSObject({
    baseObject: name,
    isTypeView: true,
    typeNames: ['System.Management.Automation.CommandInfo', 'System.Object'],
    properties: [['Name', name]],
  });
}

/**
 * The ActionPreferenceStopException a cmdlet's error becomes under -ErrorAction Stop: what -ErrorVariable holds
 * then (MshCommandRuntime appends the exception, not the record), with `.ErrorRecord` the original error.
 */
export function actionPreferenceStopView(record: ErrorRecord, message: string): PSObject {
  return new PSObject({
    isTypeView: true,
    typeNames: exceptionChain('System.Management.Automation.ActionPreferenceStopException'),
    properties: [
      ['Message', message],
      ['ErrorRecord', record],
      ['InnerException', null],
      ['HResult', -2146233087],
    ],
  });
}

/** `$_.ErrorDetails`: Message and RecommendedAction (its ToString() is the message), or $null. */
function errorDetailsView(record: ErrorRecord): PSObject | null {
  const details = record.errorDetails;
  if (!details) return null;
  return new PSObject({
    isTypeView: true,
    typeNames: ['System.Management.Automation.ErrorDetails', 'System.Object'],
    toText: () => details.message,
    properties: [
      ['Message', details.message],
      ['RecommendedAction', details.recommendedAction],
    ],
  });
}

/** A PSObject over the record (cached), whose members mirror System.Management.Automation.ErrorRecord. */
export function errorRecordView(record: ErrorRecord): PSObject {
  let view = views.get(record);
  if (view) return view;
  const exception =
    record.exception.object ??
    new PSObject({
      isTypeView: true,
      typeNames: exceptionChain(record.exception.typeName),
      properties: [
        ['Message', record.exception.message],
        ['ErrorRecord', record],
        ['InnerException', innerExceptionView(record)],
        ['HResult', -2146233087],
      ],
    });
  const c = record.categoryInfo;
  const categoryInfo = new PSObject({
    isTypeView: true,
    typeNames: ['System.Management.Automation.ErrorCategoryInfo', 'System.Object'],
    // ErrorCategoryInfo.ToString(): "NotSpecified: (mbx1:String) [Write-Error], WriteErrorException".
    toText: () => record.categoryInfoText(),
    properties: [
      ['Category', c.category],
      ['Activity', c.activity ?? ''],
      ['Reason', c.reason],
      ['TargetName', c.targetName],
      ['TargetType', c.targetType],
    ],
  });
  const p = record.invocationInfo.position;
  const invocationInfo = invocationInfoView([
    ['MyCommand', commandInfoView(record.invocationInfo.commandName)],
    ['ScriptLineNumber', p?.line ?? 0],
    ['OffsetInLine', p?.column ?? 0],
    ['Line', p?.lineText ?? ''],
    ['ScriptName', p?.file ?? ''],
    ['PositionMessage', p ? positionMessage(p) : ''],
    ['InvocationName', record.invocationInfo.commandName ?? ''],
  ]);
  view = new PSObject({
    baseObject: record,
    isTypeView: true,
    typeNames: ['System.Management.Automation.ErrorRecord', 'System.Object'],
    properties: [
      ['Exception', exception],
      ['TargetObject', record.targetObject ?? null],
      ['CategoryInfo', categoryInfo],
      ['FullyQualifiedErrorId', record.fullyQualifiedErrorId],
      ['ErrorDetails', errorDetailsView(record)],
      ['InvocationInfo', invocationInfo],
      ['ScriptStackTrace', ''],
      ['PipelineIterationInfo', []],
    ],
  });
  views.set(record, view);
  return view;
}

export function adaptForMembers(value: unknown): unknown {
  return value instanceof ErrorRecord ? errorRecordView(value) : value;
}
